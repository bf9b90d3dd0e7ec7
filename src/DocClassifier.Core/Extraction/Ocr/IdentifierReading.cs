namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tells a cell that holds an identifier or a number (a house-tax number, a national ID, a phone number,
/// an amount) from one that holds words, so that it can be read again with only the characters those use.
/// </summary>
internal static class IdentifierReading
{
    /// <summary>Digits, capital letters (national IDs start with one) and the punctuation of phone numbers, amounts and periods (112/01/17~112/03/21).</summary>
    public const string Characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/(),.~";

    private const int MinLength = 6;

    /// <summary>
    /// Mostly digits, at least six characters, and no Chinese but perhaps the first character (an ID's letter read
    /// as a character: K184352706 → 下184352706; an amount's 元 at the end stays Chinese).
    /// </summary>
    public static bool LooksLikeIdentifier(string text)
    {
        var compact = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        if (compact.Count < MinLength || compact.Skip(1).Any(IsCjk))
        {
            return false;
        }

        return compact.Count(char.IsAsciiDigit) * 2 >= compact.Count;
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
