namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The lines of a received stamp's reading that are the stamp's text: an office's name, 收文, a date, a number, so Chinese
/// characters and digits with a date's separators. Its ring or frame, cut where it crossed the page's text, reads as Latin
/// letters, bars and tildes (<c>leX113年6月17</c>, <c>Nn  =</c>): a line that is mostly such is dropped, and the marks at a line's
/// ends are trimmed.
/// </summary>
internal static class StampText
{
    // A line is kept when at least this share of its characters (spaces aside) are Chinese characters, digits or a date's
    // separators, and it has two Chinese characters or digits at least. Chosen with the stamps' readings of outside sets
    // A-C (tuned on) against 0 (keep every line).
    private const double MinStampShare = 0.7;
    private const int MinStampCharacters = 2;

    private const string Separators = "./-:：";

    // What a ring's or frame's pieces read as at a line's ends.
    private static readonly char[] EdgeMarks = [' ', '~', '|', '/', '\\', '_', '-', '—', '“', '”', '"', '\'', '`', ',', '.', ';', ':'];

    // A stamp holds at most this many lines (an office, 收文, a date, a number; a seal's grid of three); a reading of more is a
    // page's text that a frame enclosed, read as scraps with the text's cores whitened (an outside set's page, tuned on: seven
    // lines of them, 40 -> 82 % CER once readings of less confidence were kept).
    private const int MaxLines = 6;

    /// <summary>The stamp's lines of <paramref name="reading"/>, trimmed; empty when none is the stamp's text, or when more lines than a stamp holds are kept.</summary>
    public static IReadOnlyList<string> Lines(string reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var lines = reading.Split('\n').Select(Keep).OfType<string>().ToList();
        return lines.Count > MaxLines ? [] : lines;
    }

    /// <summary>
    /// A seal's reading in the order a seal is read: its characters stand in a square grid (a name and 印 in two columns of
    /// two), read column by column from the right, each from the top, while Tesseract reads them row by row (<c>家江</c> /
    /// <c>印雅</c> for 江雅家印). Lines that are not such a grid (a received stamp's office, 收文 and date) come back as they are.
    /// </summary>
    public static IReadOnlyList<string> InSealOrder(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = lines.Select(line => line.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToList();
        if (rows.Count < 2 || rows.Any(row => row.Length != rows.Count || !row.All(HanCharacters.Is)))
        {
            return lines;
        }

        var columns = Enumerable.Range(0, rows.Count).Reverse().SelectMany(column => rows.Select(row => row[column]));
        return [new string([.. columns])];
    }

    private static string? Keep(string line)
    {
        var trimmed = line.Replace('|', ' ').Trim(EdgeMarks);
        var characters = trimmed.Where(c => !char.IsWhiteSpace(c)).ToList();
        var stamp = characters.Count(IsStampCharacter);
        var chineseOrDigits = characters.Count(c => HanCharacters.Is(c) || char.IsAsciiDigit(c));
        return characters.Count > 0 && stamp >= MinStampShare * characters.Count && chineseOrDigits >= MinStampCharacters ? trimmed : null;
    }

    private static bool IsStampCharacter(char c) => HanCharacters.Is(c) || char.IsAsciiDigit(c) || Separators.Contains(c, StringComparison.Ordinal);
}
