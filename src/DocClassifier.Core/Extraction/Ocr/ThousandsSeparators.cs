using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives an amount its thousands commas back where OCR made some of them full stops: <c>新臺幣1.458,899元</c>,
/// <c>1.721.920</c> (a comma's tail lost on a light scan). New Taiwan dollars have no cents, so a number whose groups after the
/// first are all three digits long is an amount with commas when it has two separators or more, or one before 元; the field
/// extractors then read the whole amount, not 1.458. A lone <c>3.142</c> or <c>0.125</c> stays as it is.
/// </summary>
internal static partial class ThousandsSeparators
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Grouped().Replace(text, m =>
        {
            var separators = m.Value.Count(c => c is '.' or ',');
            var beforeYuan = text.AsSpan(m.Index + m.Length).TrimStart(" \t") is [('元' or '圓'), ..];
            return m.Value.Contains('.', StringComparison.Ordinal) && (separators >= 2 || beforeYuan) ? m.Value.Replace('.', ',') : m.Value;
        });
    }

    [GeneratedRegex(@"(?<![0-9.,])[1-9][0-9]{0,2}(?:[.,][0-9]{3})+(?![0-9])")]
    private static partial Regex Grouped();
}
