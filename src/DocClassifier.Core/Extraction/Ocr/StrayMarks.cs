using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Takes away the bars, dashes and underscores chi_tra makes of a speck or a rule's stub between the words of a Chinese line
/// (<c>鄭惠美 - 統一編號</c>, <c>廖俊傑 _ 統一編號</c>, a cell's <c>娛樂稅 |</c>), the 一 a rule's stub between two cells is read as
/// (<c>吳秀英 一 身分證統一編號</c>), and the full stop a speck puts after a long number
/// (<c>089609405115. 972,215</c>). Only on lines with Chinese: Latin text keeps its dashes, and a decimal has digits after its point.
/// </summary>
internal static partial class StrayMarks
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Chinese().IsMatch(lines[i]))
            {
                lines[i] = LoneOne().Replace(StopAfterNumber().Replace(LoneMarks().Replace(lines[i], string.Empty), string.Empty), string.Empty);
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    // A word of bars, dashes or underscores alone between blanks (or at a line's start or end), with the blank before it.
    [GeneratedRegex(@"(?:(?<=^)|[ \t]+)[_|~\-—–]+(?=[ \t]|$)")]
    private static partial Regex LoneMarks();

    // A rule's stub read as 一 alone between blanks after a word (not a list number: at a line's start, or before 、).
    [GeneratedRegex(@"[ \t]+一(?=[ \t]*$|[ \t]+[^、\s])")]
    private static partial Regex LoneOne();

    // A full stop right after four digits or more, before a blank or the line's end (a decimal has digits after its point).
    [GeneratedRegex(@"(?<=\d{4})\.(?=[ \t]|$)")]
    private static partial Regex StopAfterNumber();
}
