using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Samples.Corpus;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;

namespace DocClassifier.Tests.Support;

/// <summary>
/// The shipped document model and page-level boundary model (trained by <c>train-boundaries</c> on the layouts not held
/// out), and a small boundary model trained here once per test run; the stacks the tests split are of held-out layouts only.
/// </summary>
internal static class PageModels
{
    private static readonly Lazy<MlNetDocumentClassifier> LazyClassifier = new(() =>
        MlNetDocumentClassifier.Load(Path.Combine(AppContext.BaseDirectory, "models", ModelLocator.DefaultFileName)));

    private static readonly Lazy<PageBoundaryModel> LazyShipped = new(() =>
        PageBoundaryModel.Load(Path.Combine(AppContext.BaseDirectory, "models", PageBoundaryModel.DefaultFileName)));

    private static readonly Lazy<(PageBoundaryModel Model, IReadOnlyList<PageBoundaryInput> Rows)> LazyTrained = new(() =>
    {
        var documents = StackDocuments.Compose(40, 1, heldOut: false).Select(StackDocuments.NoisyPages).ToList();
        var rows = PageBoundaryTraining.Rows(documents, Classifier, 1);
        return (PageBoundaryModel.Train(rows), rows);
    });

    public static MlNetDocumentClassifier Classifier => LazyClassifier.Value;

    /// <summary>The shipped page model.</summary>
    public static PageBoundaryModel Shipped => LazyShipped.Value;

    /// <summary>A page model trained here on 40 documents a class.</summary>
    public static PageBoundaryModel Trained => LazyTrained.Value.Model;

    /// <summary>The rows <see cref="Trained"/> was trained on.</summary>
    public static IReadOnlyList<PageBoundaryInput> TrainingRows => LazyTrained.Value.Rows;

    /// <summary>Generated documents of held-out layouts (seed 7), one a class, in the order of the labels.</summary>
    public static IReadOnlyList<SampleDocument> HeldOut { get; } = [.. StackDocuments.Compose(1, 7, heldOut: true)];

    public static PageBoundarySplitter Splitter(SplittingOptions? options = null) =>
        new(Extractions.Default.Extractor, Classifier, Shipped, options ?? new SplittingOptions());
}
