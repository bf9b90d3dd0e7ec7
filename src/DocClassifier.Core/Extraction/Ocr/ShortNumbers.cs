using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A short number alone in a cell (a tax year 112, a count) that the Chinese model misread as a character or two (112 as 同,
/// 115 as 5) and was unsure of: read again with the Latin model, which reads digits as digits.
/// </summary>
internal static partial class ShortNumbers
{
    /// <summary>A cell reading this short and this unsure is read again.</summary>
    public const int MaxCharacters = 3;

    public const int DoubtfulConfidence = 50;

    public static bool IsDoubtful(string text, int confidence, bool singleLine) =>
        singleLine && confidence < DoubtfulConfidence && text.Trim().Length is > 0 and <= MaxCharacters;

    /// <summary>The Latin reading replaces the cell's when it is a number of two digits or more and read with more confidence.</summary>
    public static bool Replaces(int confidence, string again, int againConfidence) =>
        againConfidence > confidence && Number().IsMatch(again.Trim());

    [GeneratedRegex(@"^[0-9]{2,}$")]
    private static partial Regex Number();
}
