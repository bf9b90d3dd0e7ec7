using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives Chinese text its own punctuation back: Chinese forms print full-width commas, colons and brackets with no
/// blanks around them (<c>統一編號：59125450</c>, <c>（簽名或蓋章）</c>), and chi_tra reads them as ASCII with blanks on either side
/// (<c>統一編號 : 59125450</c>, <c>(簽名或蓋章)</c>): one wrong character in the raw text at every label and clause. A comma, colon,
/// semicolon, question or exclamation mark next to Chinese becomes full-width and loses the blanks around it, and brackets
/// around words with Chinese in them become full-width; numbers (<c>1,160</c>, <c>10:30</c>), bracketed area codes
/// (<c>(08)</c>) and Latin text keep theirs. NFKC, which the classifier and the field extractors work on, folds both forms
/// alike: this is for the raw text a person or a bot reads.
/// </summary>
internal static partial class FullWidthPunctuation
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bracketed = ChineseInBrackets().Replace(text, "（$1）");
        var after = AfterChinese().Replace(bracketed, m => FullWidth(m.Groups[1].ValueSpan[0]));
        return BeforeChinese().Replace(after, m => FullWidth(m.Groups[1].ValueSpan[0]));
    }

    private static string FullWidth(char mark) => mark switch
    {
        ',' => "，",
        ':' => "：",
        ';' => "；",
        '?' => "？",
        '!' => "！",
        _ => mark.ToString(),
    };

    [GeneratedRegex(@"[(（]([^()（）\n]*\p{IsCJKUnifiedIdeographs}[^()（）\n]*)[)）]")]
    private static partial Regex ChineseInBrackets();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])[ \t]*([,:;?!，：；？！])[ \t]*")]
    private static partial Regex AfterChinese();

    [GeneratedRegex(@"[ \t]*([,:;?!，：；？！])[ \t]*(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])")]
    private static partial Regex BeforeChinese();
}
