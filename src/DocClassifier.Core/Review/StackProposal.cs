using DocClassifier.Splitting;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// What the page model proposes for a stack waiting to be split: each page from the second with its probability of
/// beginning a document, and its best guess, the pages at <see cref="PageBoundaries.BestGuess"/> or more.
/// </summary>
public sealed record StackProposal(int PageCount, IReadOnlyList<PageBoundary> Boundaries)
{
    public IReadOnlyList<int> FirstPages => PageBoundaries.Guess(Boundaries);

    /// <summary>The proposal of a stack waiting for a reviewer to split it; null for any other document.</summary>
    public static StackProposal? Of(LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.WaitsForSplit)
        {
            return null;
        }

        var boundaries = PageBoundaries.Parse(document.SplitProposal);
        return new StackProposal(boundaries.Count + 1, boundaries);
    }
}
