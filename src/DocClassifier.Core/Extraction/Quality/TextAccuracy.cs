using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Quality;

/// <summary>
/// How close recognised text is to the truth. Both sides get the same normalisation first
/// (NFKC, whitespace runs to one space, none between CJK characters).
/// </summary>
public static partial class TextAccuracy
{
    /// <summary>Character error rate: edit distance divided by the length of the truth.</summary>
    public static double CharacterErrorRate(string recognised, string truth) => ErrorRate(Prepare(recognised), Prepare(truth));

    /// <summary>
    /// Character error rate of the text as written: only blanks are taken out (they carry no meaning between Chinese
    /// characters), nothing is folded, so a full-width <c>：</c> read as <c>:</c> is an error, as it is to a reader or a bot
    /// that takes the text as it comes.
    /// </summary>
    public static double CharacterErrorRateAsWritten(string recognised, string truth)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        ArgumentNullException.ThrowIfNull(truth);
        return ErrorRate(Whitespace().Replace(recognised, string.Empty), Whitespace().Replace(truth, string.Empty));
    }

    /// <summary>Share of the truth's characters (spaces aside) found anywhere in the recognised text.</summary>
    public static double OrderFreeCharacterRecall(string recognised, string truth) =>
        Recall(Prepare(recognised).Where(c => c != ' ').Select(c => c.ToString()), Prepare(truth).Where(c => c != ' ').Select(c => c.ToString()));

    /// <summary>Share of the truth's words found anywhere in the recognised text.</summary>
    public static double OrderFreeWordRecall(string recognised, string truth) =>
        Recall(Prepare(recognised).Split(' ', StringSplitOptions.RemoveEmptyEntries), Prepare(truth).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Share of the truth's words found anywhere in the recognised text, words compared without case and without
    /// the punctuation at their edges (<c>NO:</c> and <c>NO :</c> are both the word <c>NO</c>; <c>10.00</c> stays whole).
    /// For truth written another way than the page: SROIE's transcripts are upper case where the receipt prints
    /// "Thank you", and space colons as the annotator did, not as printed.
    /// </summary>
    public static double OrderFreeWordRecallIgnoringCase(string recognised, string truth) =>
        Recall(FoldedWords(recognised), FoldedWords(truth));

    public static string Prepare(string text) => Whitespace().Replace(TextNormalizer.Normalize(text), " ").Trim();

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static double ErrorRate(string recognised, string truth) =>
        truth.Length == 0 ? (recognised.Length == 0 ? 0 : 1) : (double)EditDistance(recognised, truth) / truth.Length;

    private static IEnumerable<string> FoldedWords(string text) =>
        Prepare(text).ToUpperInvariant().Split(' ').Select(w => w.Trim(EdgePunctuation)).Where(w => w.Length > 0);

    private static readonly char[] EdgePunctuation = [.. Enumerable.Range(0x21, 0x5F).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];

    private static double Recall(IEnumerable<string> recognised, IEnumerable<string> truth)
    {
        var available = recognised.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = 0;
        var found = 0;
        foreach (var item in truth)
        {
            total++;
            if (available.TryGetValue(item, out var left) && left > 0)
            {
                available[item] = left - 1;
                found++;
            }
        }

        return total == 0 ? 1 : (double)found / total;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
