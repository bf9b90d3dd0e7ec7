using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives a form's check boxes back: chi_tra has no <c>□</c> or <c>■</c> and reads an empty box as <c>口</c> (or <c>品</c>, or
/// <c>[</c>) and a ticked one as <c>圖</c> (<c>變更稅目 口房屋稅 口地價稅 圖使用牌照稅 口其他</c>). A line with two or more such marks,
/// each at the start of an option (at the line's start, or after a blank, a colon, an enumeration comma or a mark the
/// layout put between two options), one of them a 口 or a 圖, is a row of options; its marks become boxes. Words such as 戶口
/// or 地籍圖 never start after a blank, and a header of a table (<c>品名 價格 品名 價格</c>) has no 口 or 圖.
/// </summary>
internal static partial class CheckBoxes
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            List<Match> marks = [.. Mark().Matches(line).Where(m => m.Value != "[" || !line.Contains(']', StringComparison.Ordinal))];
            if (marks.Count < 2 || !marks.Any(m => m.Value is "口" or "圖"))
            {
                continue;
            }

            var chars = line.ToCharArray();
            foreach (var mark in marks)
            {
                chars[mark.Index] = mark.Value == "圖" ? '■' : '□';

                // An underscore or a stop glued to the box is the layout's reading of the gap between two options.
                if (mark.Index > 0 && chars[mark.Index - 1] is '_' or '。')
                {
                    chars[mark.Index - 1] = ' ';
                }
            }

            lines[i] = new string(chars);
        }

        return string.Join('\n', lines);
    }

    // A box's misreading at the start of an option: after the line's start, a blank or what separates options, before Chinese.
    [GeneratedRegex(@"(?<=^|[\s_|。：:、，])[口品圖\[](?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex Mark();
}
