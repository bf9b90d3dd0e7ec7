using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// Every document's n-grams of one block, counted once and kept as term ids (ascending) so that each
/// cross-validation fold can fit its own vocabulary and IDF without reading the text again.
/// </summary>
internal sealed class NgramCounts
{
    private readonly List<string> terms = [];

    public NgramCounts(NgramBlock block, IReadOnlyList<string> prepared)
    {
        Block = block;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Terms = new int[prepared.Count][];
        Counts = new int[prepared.Count][];
        for (var d = 0; d < prepared.Count; d++)
        {
            var counts = new Dictionary<int, int>();
            block.Each(prepared[d], ngram =>
            {
                if (!lookup.TryGetValue(ngram, out var id))
                {
                    var term = ngram.ToString();
                    id = terms.Count;
                    ids.Add(term, id);
                    terms.Add(term);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            });
            Terms[d] = counts.Keys.Order().ToArray();
            Counts[d] = Terms[d].Select(t => counts[t]).ToArray();
        }
    }

    public NgramBlock Block { get; }

    /// <summary>Per document: the ids of its distinct terms, ascending.</summary>
    public int[][] Terms { get; }

    /// <summary>Per document: how often each of its terms occurs.</summary>
    public int[][] Counts { get; }

    public string Term(int id) => terms[id];

    public int TermCount => terms.Count;
}
