using System.Globalization;
using System.Text.RegularExpressions;

namespace DocClassifier.Splitting;

/// <summary>Page-number marks a page carries: "第 1 頁", "1/3", "共 3 頁", "Page 1 of 3", "- 2 -".</summary>
internal static partial class PageMarks
{
    /// <summary>The page number a mark on the page states (the first one found in its first and last lines), or null.</summary>
    public static int? Number(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines.Take(3).Concat(lines.TakeLast(3)))
        {
            if (Mark().Match(line) is { Success: true } match)
            {
                var digits = match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
                return int.Parse(digits, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"第\s*(\d{1,3})\s*頁|(?<![\d/.])(\d{1,2})\s*/\s*\d{1,2}(?![\d/.])\s*(?:頁|$)|[Pp]age\s*(\d{1,3})\s*of|^\s*-\s*(\d{1,3})\s*-\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
