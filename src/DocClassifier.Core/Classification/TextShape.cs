using System.Globalization;

namespace DocClassifier.Classification;

/// <summary>
/// How a document's text is laid out, as a handful of tokens: how many lines, characters and words, how
/// long its lines are (mean, median, longest), the share of short, long, one-word and blank lines, of
/// digits (0 after preparation) and of spaces (punctuation after preparation), and words per line. Each
/// is binned (counts and lengths on a log2 scale, shares in tenths), so a linear model can weigh ranges
/// and the tokens go through the same TF-IDF as n-grams. The one computation used by training and
/// serving: both read prepared text (<see cref="ClassifierText.Prepare"/>), which keeps its lines.
/// </summary>
public static class TextShape
{
    /// <summary>Calls <paramref name="take"/> once per layout token of the prepared text.</summary>
    public static void Tokens(string prepared, NgramSink take)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(take);
        var lines = prepared.Split('\n');
        var lengths = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length).Order().ToArray();
        var written = lengths.Length;
        lengths = written == 0 ? [0] : lengths;
        var words = prepared.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var length = Math.Max(1, prepared.Length);
        var perLine = Math.Max(1, written);
        var oneWord = lines.Count(l => l.Trim().Length > 0 && l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 1);

        Log2("lines", written, take);
        Log2("chars", prepared.Length, take);
        Log2("words", words, take);
        Log2("meanlen", lengths.Average(), take);
        Log2("medlen", lengths[lengths.Length / 2], take);
        Log2("maxlen", lengths[^1], take);
        Tenths("short", lengths.Count(l => l < 20) / (double)lengths.Length, take);
        Tenths("long", lengths.Count(l => l > 60) / (double)lengths.Length, take);
        Tenths("blank", (lines.Length - written) / (double)Math.Max(1, lines.Length), take);
        Tenths("zeros", 5.0 * prepared.Count(c => c == '0') / length, take);
        Tenths("spaces", 2.0 * prepared.Count(c => c == ' ') / length, take);
        Log2("wpl", words / (double)perLine, take);
        Tenths("oneword", oneWord / (double)perLine, take);
    }

    private static void Log2(string name, double value, NgramSink take) =>
        take(string.Create(CultureInfo.InvariantCulture, $"{name}{(int)Math.Floor(Math.Log2(1 + value))}"));

    private static void Tenths(string name, double share, NgramSink take) =>
        take(string.Create(CultureInfo.InvariantCulture, $"{name}{Math.Min(9, (int)(share * 10))}"));
}
