using System.Text;
using DocClassifier.Extraction;

namespace DocClassifier.Classification;

/// <summary>
/// The one text preparation shared by training and serving: NFKC, lower case, and every digit as 0,
/// so that the model learns "民國000年" and "統一編號 00000000" instead of individual dates and numbers.
/// </summary>
public static class ClassifierText
{
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(char.IsAsciiDigit(c) ? '0' : c);
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits in the text; below a handful there is nothing to classify.</summary>
    public static int Substance(string text) => TextNormalizer.CountLettersAndDigits(text);
}
