using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Takes away the quotation mark chi_tra makes of a wide blank between two Chinese words: an ideographic space
/// (<c>處長　張美玲</c>, <c>地方稅務局　函</c>, as letters print them) comes back as <c>處長”張美玲</c>. A quotation mark
/// that is the only one on its line and has Chinese on both sides is such a blank; quotes in pairs are left alone.
/// </summary>
internal static partial class GapQuotes
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Count(IsQuote) == 1)
            {
                lines[i] = LoneQuote().Replace(lines[i], "$1 ");
            }
        }

        return string.Join('\n', lines);
    }

    private static bool IsQuote(char c) => c is '“' or '”' or '"' or '\'' or '‘' or '’';

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[ \t]*[“”""'‘’][ \t]*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex LoneQuote();
}
