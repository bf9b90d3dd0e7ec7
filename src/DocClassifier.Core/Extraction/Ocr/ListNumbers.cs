using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Puts back the numbers of a numbered list (<c>一、</c> <c>二、</c> <c>三、</c>, as letters and forms print their notes) that OCR lost:
/// on a fax or a thin Ming face the strokes of 一 and 二 break into dashes, and the line comes back as <c>、依據…</c>,
/// <c>--、</c> or <c>“二、</c>. A line that starts with <c>、</c> after nothing but stray marks can only be the next item of the list,
/// so it gets the number after the last one on the page; so does an item that repeats the number before it (<c>一、</c> read for
/// <c>二、</c>). A line ending in a colon (<c>說明：</c>, <c>注意事項：</c>) starts a new list. A blank the layout put after an item's
/// <c>、</c> (<c>一、 房屋如有出租</c>) goes.
/// </summary>
internal static partial class ListNumbers
{
    private const string Numbers = "一二三四五六七八九十";

    /// <summary>Whether the text starts (after blanks) with a list number and its enumeration comma (<c>二、</c>).</summary>
    public static bool StartsWithNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart() is [var number, '、', ..] && Numbers.Contains(number);
    }

    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var last = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var item = Item().Match(lines[i]);
            if (!item.Success)
            {
                last = Heading().IsMatch(lines[i]) ? 0 : last;
                continue;
            }

            var read = item.Groups[2].Value;
            var number = read.Length == 0 ? last + 1 : Numbers.IndexOf(read[0], StringComparison.Ordinal) + 1;
            number = number == last ? last + 1 : number;
            if (number > Numbers.Length)
            {
                continue;
            }

            lines[i] = string.Concat(item.Groups[1].Value, Numbers.AsSpan(number - 1, 1), "、", lines[i].AsSpan(item.Length));
            last = number;
        }

        return string.Join('\n', lines);
    }

    // Blanks, at most three stray marks (no letters, digits or Chinese), a list number or none, the enumeration comma, blanks
    // or none, Chinese.
    [GeneratedRegex(@"^([ \t]*)[^\p{L}\p{N}\s]{0,3}([一二三四五六七八九十]?)、[ \t]*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex Item();

    [GeneratedRegex(@"[:：][ \t]*$")]
    private static partial Regex Heading();
}
