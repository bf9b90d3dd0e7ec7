using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Which words of a Chinese reading to read again with a Latin model, and whether that reading may replace them:
/// a code or number (at least four letters and digits, two of them digits, no Chinese) that the Chinese model was
/// unsure of. A word it read with confidence is left as it is: the second reading costs time and rarely helps there.
/// </summary>
internal static partial class LatinWords
{
    /// <summary>Word confidence (0-100) below which a code is read again.</summary>
    public const int DoubtfulConfidence = 85;

    public static bool IsDoubtfulCode(string word, int confidence) =>
        confidence < DoubtfulConfidence && !word.Any(IsIdeograph) && Code().IsMatch(Core(word)) && Core(word).Count(char.IsAsciiDigit) >= 2;

    /// <summary>
    /// The Latin reading replaces the word when it is a code or number too (with two digits or more: eng reads a
    /// misread 式:25, f725, as "files"), about as long, and read with more confidence.
    /// </summary>
    public static bool Replaces(string word, int confidence, string again, int againConfidence)
    {
        var core = Core(again);
        return againConfidence > confidence && !again.Any(IsIdeograph) && Code().IsMatch(core) && core.Count(char.IsAsciiDigit) >= 2
            && Math.Abs(core.Length - Core(word).Length) <= 2;
    }

    /// <summary>The word without the punctuation around it (Chinese or Latin), which the layout often attaches to it.</summary>
    public static string Core(string word) => Edges().Replace(word.Trim(), string.Empty);

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    [GeneratedRegex(@"^[A-Za-z0-9$#][A-Za-z0-9\-/.,:$#]{2,}[A-Za-z0-9]$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[^A-Za-z0-9$#]+|[^A-Za-z0-9]+$")]
    private static partial Regex Edges();
}
