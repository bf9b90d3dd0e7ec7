using DocClassifier.Extraction;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Splitting;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// The review of a scanned stack the page model was unsure of: the reviewer says at which pages a document begins.
/// The split is applied exactly as the service applies its own (<see cref="StackPartRecorder"/>: the same part files and
/// ids for the same page ranges); with no page named, the stack goes back to be processed as one document. Either move is compare-and-set from PendingReview,
/// so of two decisions (two reviewers, a double submit) only the first splits.
/// </summary>
public sealed class StackReview(IDocumentLedger ledger, StackPartRecorder parts, TimeProvider clock)
{
    /// <summary>Splits the stack before each of <paramref name="firstPages"/> (page 1 always begins a document), or keeps it whole when there are none.</summary>
    /// <returns>The documents to queue: the parts, or the stack itself when kept whole.</returns>
    /// <exception cref="ReviewException">Not a stack waiting to be split, decided already, held by another reviewer, or pages outside the stack.</exception>
    public IReadOnlyList<string> Decide(string id, IReadOnlyCollection<int> firstPages, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(firstPages);
        var now = clock.GetUtcNow();
        var stack = ledger.Find(id) ?? throw new ReviewException(ReviewProblem.NotFound, $"No document {id}.");
        if (StackProposal.Of(stack) is not { } proposal)
        {
            throw stack.State == DocumentState.PendingReview
                ? new ReviewException(ReviewProblem.Invalid, $"Document {id} is not a stack waiting to be split; decide its label instead.")
                : new ReviewException(ReviewProblem.Conflict, $"Document {id} is {stack.State}, no longer waiting to be split.");
        }

        if (stack.IsClaimedByOtherThan(reviewer, now))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is being reviewed by {stack.ClaimedBy} until {stack.ClaimExpiresAt:HH:mm}.");
        }

        StackSplit split;
        try
        {
            split = PageBoundaries.Cut(proposal.PageCount, firstPages);
        }
        catch (ArgumentException e)
        {
            throw new ReviewException(ReviewProblem.Invalid, e.Message);
        }

        var actor = ResultDecision.ReviewerPrefix + reviewer;
        if (split.Parts.Count == 1)
        {
            // Back to Received, to be processed as one document; the empty proposal says a reviewer has seen it.
            var whole = new StateChange(DocumentState.PendingReview, DocumentState.Received, actor, $"kept whole by reviewer {reviewer}: one document of {proposal.PageCount} pages")
            {
                Kind = ActorKind.Reviewer,
                At = now,
                SplitProposal = string.Empty,
            };
            return ledger.TryChange(id, whole) ? [id] : throw Conflict(id);
        }

        var change = new StateChange(DocumentState.PendingReview, DocumentState.Split, actor, $"split by reviewer {reviewer} into pages {string.Join(", ", split.Parts.Select(p => p.Pages))}")
        {
            Kind = ActorKind.Reviewer,
            At = now,
        };
        try
        {
            return parts.Record(stack, split, change) ?? throw Conflict(id);
        }
        catch (ExtractionException e)
        {
            throw new ReviewException(ReviewProblem.Invalid, $"The stack could not be split there; nothing changed ({e.Message}).");
        }
    }

    private ReviewException Conflict(string id)
    {
        var history = ledger.History(id);
        var last = history.Count > 0 ? $"{history[^1].To} by {history[^1].Actor} at {history[^1].At:yyyy-MM-dd HH:mm:ss}" : "no history";
        return new ReviewException(ReviewProblem.Conflict, $"Document {id} was decided a moment ago: {last}.");
    }
}
