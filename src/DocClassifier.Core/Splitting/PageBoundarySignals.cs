using System.Text.RegularExpressions;
using DocClassifier.Classification;

namespace DocClassifier.Splitting;

/// <summary>
/// Turns the pages of a stack (their text, and the document classifier's scores of each page alone) into the page
/// model's rows, one for each page from the second: whether the label changes and how the label distributions
/// overlap, TF-IDF cosine of consecutive pages (character bigrams, document frequencies from the stack's own pages),
/// a shared identifier (national ID, phone, business number), page-number marks, a page count an earlier page stated (a cover sheet's "共 3 頁"), a page that starts mid-sentence, and the lines at the top and bottom.
/// </summary>
public static partial class PageBoundarySignals
{
    private const int HeadLines = 3;
    private const int HeadChars = 80;

    /// <summary>One row per page from the second (index 0 is page 2); <paramref name="scores"/> are the classifier's, page by page.</summary>
    public static IReadOnlyList<PageBoundaryInput> Of(IReadOnlyList<string> pages, IReadOnlyList<ClassificationResult> scores)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(scores);
        if (pages.Count != scores.Count)
        {
            throw new ArgumentException("One classification per page is needed.", nameof(scores));
        }

        var lines = pages.Select(Lines).ToList();
        var vectors = TfIdf(pages);
        var ids = pages.Select(p => Identifier().Matches(p).Select(m => m.Value).ToHashSet(StringComparer.Ordinal)).ToList();
        var statedEnd = 0; // the last page an earlier page's "共 N 頁" covers (a cover sheet counts its document)
        var rows = new List<PageBoundaryInput>(Math.Max(0, pages.Count - 1));
        for (var i = 1; i < pages.Count; i++)
        {
            var (previous, current) = (scores[i - 1], scores[i]);
            var mark = PageMarks.Number(lines[i]);
            if (lines[i - 1].Take(8).Select(l => TotalPages().Match(l)).FirstOrDefault(m => m.Success) is { } total)
            {
                statedEnd = i - 1 + int.Parse(total.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            }

            var signals = new float[PageBoundaryInput.SignalCount];
            signals[0] = current.Label == previous.Label ? 1 : 0;
            signals[1] = (float)ProbabilityOf(current, previous.Label);
            signals[2] = (float)ProbabilityOf(previous, current.Label);
            signals[3] = (float)current.Confidence;
            signals[4] = (float)previous.Confidence;
            signals[5] = (float)Cosine(vectors[i - 1], vectors[i]);
            signals[6] = ids[i].Overlaps(ids[i - 1]) ? 1 : 0;
            signals[7] = ids[i].Count > 0 && ids[i - 1].Count > 0 && !ids[i].Overlaps(ids[i - 1]) ? 1 : 0;
            signals[8] = mark == 1 ? 1 : 0;
            signals[9] = mark > 1 ? 1 : 0;
            signals[10] = lines[i].Take(8).Any(l => TotalPages().IsMatch(l)) ? 1 : 0;
            signals[11] = EndsOpen(lines[i - 1]) ? 1 : 0;
            signals[12] = StartsMidSentence(lines[i]) ? 1 : 0;
            signals[13] = Math.Min(1f, pages[i].Length / 1500f);
            signals[14] = i <= statedEnd ? 1 : 0;
            rows.Add(new PageBoundaryInput
            {
                Head = Head(lines[i]),
                PreviousHead = Head(lines[i - 1]),
                PreviousTail = string.Join(' ', lines[i - 1].TakeLast(HeadLines)),
                Signals = signals,
            });
        }

        return rows;
    }

    private static List<string> Lines(string page) =>
        [.. page.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => l.Count(char.IsLetterOrDigit) >= 2)];

    private static string Head(List<string> lines)
    {
        var head = string.Join(' ', lines.Take(HeadLines));
        return head.Length <= HeadChars ? head : head[..HeadChars];
    }

    private static double ProbabilityOf(ClassificationResult result, string label) =>
        result.Top.FirstOrDefault(s => s.Label == label)?.Probability ?? 0;

    /// <summary>A page that ends without closing punctuation, its last line running on.</summary>
    private static bool EndsOpen(List<string> lines) =>
        lines.Count > 0 && lines[^1].Length >= 15 && char.IsLetter(lines[^1][^1]);

    /// <summary>A page whose first line goes on a sentence: it starts in lower case or with a comma-like mark.</summary>
    private static bool StartsMidSentence(List<string> lines) =>
        lines.Count > 0 && (char.IsLower(lines[0][0]) || "，、,;；)）".Contains(lines[0][0], StringComparison.Ordinal));

    private static List<Dictionary<string, double>> TfIdf(IReadOnlyList<string> pages)
    {
        var counts = pages.Select(Bigrams).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }

        return [.. counts.Select(c => c.ToDictionary(
            kv => kv.Key,
            kv => (1 + Math.Log(kv.Value)) * (1 + Math.Log((1.0 + pages.Count) / (1 + documentFrequency[kv.Key]))),
            StringComparer.Ordinal))];
    }

    private static Dictionary<string, int> Bigrams(string text)
    {
        var letters = new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            var key = letters.Substring(i, 2);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var dot = a.Sum(kv => b.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>A national ID, a phone number, or an 8-digit unified business number.</summary>
    [GeneratedRegex(@"[A-Z][12]\d{8}|\d{2,4}-\d{6,8}|(?<!\d)\d{8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"共\s*(\d{1,3})\s*頁", RegexOptions.CultureInvariant)]
    private static partial Regex TotalPages();
}
