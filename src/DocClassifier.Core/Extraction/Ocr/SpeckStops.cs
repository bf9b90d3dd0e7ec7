using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Takes away the full stops chi_tra makes of scan specks beside Chinese: Chinese ends a sentence with <c>。</c> and never puts
/// an ASCII <c>.</c> right after a character, yet a speck in a table cell or a line's gap comes back as one (<c>納稅義務人.許佩珊</c>,
/// <c>地價稅.774021</c>, <c>.復查申請書</c>). A <c>.</c> right after Chinese, or starting a line before it, goes; decimals
/// (<c>3.5</c>) and Latin text keep theirs.
/// </summary>
internal static partial class SpeckStops
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LineStart().Replace(AfterChinese().Replace(text, string.Empty), "$1");
    }

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])[ \t]*\.")]
    private static partial Regex AfterChinese();

    [GeneratedRegex(@"(?m)^([ \t]*)\.[ \t]*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex LineStart();
}
