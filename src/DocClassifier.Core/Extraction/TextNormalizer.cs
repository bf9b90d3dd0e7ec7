using System.Text;
using System.Text.RegularExpressions;

namespace DocClassifier.Extraction;

/// <summary>
/// NFKC folds full-width digits and punctuation to their ASCII forms and Kangxi radicals
/// (which CJK Type 3 fonts put in text layers) back to ordinary characters; then whitespace is tidied.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = CjkRadicals.Fold(text).Normalize(NormalizationForm.FormKC);
        var lines = folded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var builder = new StringBuilder(folded.Length);
        var blankRun = 0;
        foreach (var line in lines)
        {
            var tidy = InlineSpace().Replace(line, " ").Trim();
            if (tidy.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            builder.Append(CjkSpacing().Replace(tidy, string.Empty));
            blankRun = 0;
        }

        return builder.ToString();
    }

    /// <summary>Counts letters and digits, the measure of whether a text layer is usable.</summary>
    public static int CountLettersAndDigits(string text) => text.Count(char.IsLetterOrDigit);

    [GeneratedRegex(@"[\s\u00A0\u3000]+")]
    private static partial Regex InlineSpace();

    // Chinese puts no spaces between characters, nor between them and digits or Latin words; OCR and PDF
    // producers add them at random, so they carry no meaning and are dropped.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}]) | (?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}])")]
    private static partial Regex CjkSpacing();
}
