using DocClassifier.Classification;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>
/// TF-IDF fitted on some documents only (a fold's training part, or all of them for the final model):
/// the vocabulary (terms in at least min-df of those documents) and IDF come from them alone, and every
/// document is weighed with <see cref="TfidfVectorizer.Weigh"/>, exactly as serving will.
/// </summary>
internal sealed class FoldFeatures
{
    private readonly IReadOnlyList<NgramCounts> blocks;
    private readonly TextFeatureOptions options;
    private readonly int[][] local;
    private readonly float[][] idf;
    private readonly int[] offsets;

    /// <param name="truth">Every document's label (and <paramref name="weights"/> its weight): needed for naive Bayes weighting only.</param>
    public FoldFeatures(IReadOnlyList<NgramCounts> blocks, TextFeatureOptions options, IReadOnlyCollection<int> fitOn, int[]? truth = null, float[]? weights = null)
    {
        this.blocks = blocks;
        this.options = options;
        local = new int[blocks.Count][];
        idf = new float[blocks.Count][];
        offsets = new int[blocks.Count + 1];
        for (var b = 0; b < blocks.Count; b++)
        {
            var counts = blocks[b];
            var df = new int[counts.TermCount];
            foreach (var d in fitOn)
            {
                foreach (var t in counts.Terms[d])
                {
                    df[t]++;
                }
            }

            // Kept terms are numbered in the order of their ids, so a document's ascending ids stay ascending.
            local[b] = new int[counts.TermCount];
            var kept = new List<float>();
            for (var t = 0; t < df.Length; t++)
            {
                local[b][t] = df[t] >= options.MinDocumentFrequency ? kept.Count : -1;
                if (local[b][t] >= 0)
                {
                    kept.Add(TfidfVectorizer.InverseDocumentFrequency(fitOn.Count, df[t], options.Idf));
                }
            }

            idf[b] = [.. kept];
            offsets[b + 1] = offsets[b] + idf[b].Length;
        }

        if (options.NbWeighting)
        {
            WeighByNaiveBayes(fitOn, truth ?? throw new ArgumentNullException(nameof(truth), "Naive Bayes weighting needs the labels."), weights);
        }
    }

    public int Dimension => offsets[^1];

    // The weights are computed on the plain TF-IDF vectors of the fitted documents and folded into the IDF: each block
    // is normalised again after weighing, so serving needs nothing but the vectorizer's weights.
    private void WeighByNaiveBayes(IReadOnlyCollection<int> fitOn, int[] truth, float[]? weights)
    {
        var documents = fitOn.Select(d => (Vector(d), truth[d], weights?[d] ?? 1f)).ToList();
        var scale = NaiveBayesWeights.Compute(documents, Dimension, truth.Max() + 1);
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var t = 0; t < idf[b].Length; t++)
            {
                idf[b][t] *= scale[offsets[b] + t];
            }
        }
    }

    /// <summary>Whether <paramref name="view"/> is one of the blocks (null, all of them, always is).</summary>
    public bool Reads(NgramBlock? view) => view is null || blocks.Any(b => b.Block == view);

    /// <summary>A document's vector; with <paramref name="view"/>, only that block's slots are filled (the length stays the same).</summary>
    public VBuffer<float> Vector(int document, NgramBlock? view = null)
    {
        var indices = new List<int>();
        var values = new List<float>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (view is not null && blocks[b].Block != view)
            {
                continue;
            }

            var (terms, counts) = (blocks[b].Terms[document], blocks[b].Counts[document]);
            var kept = new List<int>(terms.Length);
            var keptCounts = new List<int>(terms.Length);
            for (var i = 0; i < terms.Length; i++)
            {
                if (local[b][terms[i]] is var id and >= 0)
                {
                    kept.Add(id);
                    keptCounts.Add(counts[i]);
                }
            }

            values.AddRange(TfidfVectorizer.Weigh(kept.ToArray(), keptCounts.ToArray(), idf[b], options.SublinearTf, blocks[b].Block.Norm));
            indices.AddRange(kept.Select(id => id + offsets[b]));
        }

        return new VBuffer<float>(Dimension, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>The same weighting as a serving vectorizer, with the terms as text.</summary>
    public TfidfVectorizer ToVectorizer()
    {
        var vocabularies = new List<IReadOnlyList<string>>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var terms = new string[idf[b].Length];
            for (var t = 0; t < local[b].Length; t++)
            {
                if (local[b][t] >= 0)
                {
                    terms[local[b][t]] = blocks[b].Term(t);
                }
            }

            vocabularies.Add(terms);
        }

        return new TfidfVectorizer(options, vocabularies, idf);
    }
}
