using DocClassifier.Classification;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>
/// Several fold featurizers side by side in one vector: fold k's blocks fill their own slots, so the models
/// of all folds can be served as one ensemble with one <see cref="TfidfVectorizer"/> (each block keeps its
/// fold's vocabulary, IDF and L2 norm). A fold's model is trained on vectors with only its slots filled, so
/// its weights elsewhere stay zero and it reads the whole vector exactly as it read its fold's.
/// </summary>
internal sealed class StackedFeatures
{
    private readonly IReadOnlyList<FoldFeatures> folds;
    private readonly int[] offsets;

    public StackedFeatures(IReadOnlyList<FoldFeatures> folds)
    {
        this.folds = folds;
        offsets = new int[folds.Count + 1];
        for (var f = 0; f < folds.Count; f++)
        {
            offsets[f + 1] = offsets[f] + folds[f].Dimension;
        }
    }

    public int Dimension => offsets[^1];

    /// <summary>A document as fold <paramref name="fold"/> weighs it (only <paramref name="view"/>'s block when given), in that fold's slots.</summary>
    public VBuffer<float> Vector(int fold, int document, NgramBlock? view)
    {
        var inner = folds[fold].Vector(document, view);
        var indices = inner.GetIndices().ToArray();
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] += offsets[fold];
        }

        return new VBuffer<float>(Dimension, indices.Length, inner.GetValues().ToArray(), indices);
    }

    public TfidfVectorizer ToVectorizer() => TfidfVectorizer.Concatenate(folds.Select(f => f.ToVectorizer()).ToList());
}
