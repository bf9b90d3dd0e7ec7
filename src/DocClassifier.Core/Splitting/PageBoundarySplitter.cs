using DocClassifier.Classification;
using DocClassifier.Extraction;

namespace DocClassifier.Splitting;

/// <summary>
/// Splits a multi-page scan that has no separator sheets where the page-level boundary model finds the first page of a
/// document. Each page is read (the extractor) and scored alone by the document classifier; the model weighs each page
/// against the one before (<see cref="PageBoundarySignals"/>). The stack is split only when every page is confidently
/// a first page or a continuation (<see cref="SplittingOptions.BoundaryConfidence"/>); with any page in between it stays
/// one document, as it came, and <see cref="StackSplit.Uncertain"/> names the pages. A born-digital PDF (a page with a
/// text layer) is one document as it came and is not looked at.
/// </summary>
public sealed class PageBoundarySplitter(IDocumentExtractor extractor, IDocumentClassifier classifier, PageBoundaryModel model, SplittingOptions options) : IStackSplitter
{
    public StackSplit Split(string path, CancellationToken cancellationToken = default)
    {
        var extracted = extractor.Extract(path, cancellationToken);
        var whole = StackSplit.From([.. extracted.Pages.Select(p => new StackPage(p.Number, PageKind.Content))]);
        if (extracted.Pages.Count < 2 || extracted.Pages.Any(p => p.Source != TextSource.Ocr))
        {
            return whole;
        }

        var boundaries = Score([.. extracted.PageTexts]);
        return Decide(extracted.Pages.Count, boundaries, options.BoundaryConfidence);
    }

    /// <summary>The model's probability for each page from the second that it begins a document.</summary>
    public IReadOnlyList<PageBoundary> Score(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var scores = pages.Select(classifier.Classify).ToList();
        var probabilities = model.Predict(PageBoundarySignals.Of(pages, scores));
        return [.. probabilities.Select((p, i) => new PageBoundary(i + 2, p))];
    }

    /// <summary>Cuts at the confident first pages, unless a page is uncertain: then the stack stays whole.</summary>
    public static StackSplit Decide(int pageCount, IReadOnlyList<PageBoundary> boundaries, double confidence)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        var uncertain = boundaries.Where(b => b.Probability < confidence && b.Probability > 1 - confidence).ToList();
        var cuts = uncertain.Count > 0 ? new List<PageBoundary>() : boundaries.Where(b => b.Probability >= confidence).ToList();
        var parts = new List<StackPart>();
        var first = 1;
        foreach (var cut in cuts.Append(new PageBoundary(pageCount + 1, 1)))
        {
            var previous = parts.Count == 0 ? null : cuts[parts.Count - 1];
            parts.Add(new StackPart(parts.Count + 1, first, cut.Page - 1, previous is null ? BoundaryKind.StackStart : BoundaryKind.PageModel, null, previous?.Probability ?? 1.0));
            first = cut.Page;
        }

        return new StackSplit(pageCount, parts, []) { Boundaries = boundaries, Uncertain = uncertain };
    }
}
