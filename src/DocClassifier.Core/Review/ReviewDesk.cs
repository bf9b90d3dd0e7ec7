using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// The review queue: hands each reviewer the next item under a lease (two reviewers never hold the
/// same item; an abandoned claim expires), records a decision as the document's Decided state (label,
/// reviewer, time) and has it delivered exactly as the model's would be, and puts failed documents back in line.
/// </summary>
public sealed class ReviewDesk(
    IDocumentLedger ledger,
    IReviewClaims claims,
    IFailureSink failures,
    WorkStore work,
    DecidedDocumentDelivery delivery,
    IReadOnlyCollection<string> labels,
    TimeProvider clock)
{
    /// <summary>The choice for a document that is none of the labels: delivered to results/other/ for a clerk.</summary>
    public const string NoneOfTheLabels = "other";

    private const string DecisionDetail = "review decision: ";

    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    public IReadOnlyCollection<string> Labels => labels;

    public IReadOnlyList<LedgerDocument> Pending(int limit = 1000) => ledger.InStates([DocumentState.PendingReview], limit);

    /// <summary>Claims the next item for the reviewer (oldest first within the filter); null when the queue is empty.</summary>
    public LedgerDocument? Next(string reviewer, DocumentQuery? filter = null) =>
        claims.TryClaimNext(reviewer, filter ?? new DocumentQuery(), clock.GetUtcNow(), ClaimLease);

    /// <summary>Gives the item back to the queue.</summary>
    public bool Skip(string id, string reviewer) => claims.ReleaseClaim(id, reviewer);

    /// <param name="fieldCorrections">The reviewer's corrections of the fields found; each is checked (ids by checksum) before anything changes.</param>
    public void Decide(string id, string label, string reviewer, IReadOnlyList<FieldCorrection>? fieldCorrections = null)
    {
        if (label != NoneOfTheLabels && !labels.Contains(label))
        {
            throw ReviewException.UnknownLabel(label, labels);
        }

        var corrections = Checked(fieldCorrections ?? []);

        var now = clock.GetUtcNow();
        var document = ledger.Find(id) ?? throw new ReviewException(ReviewProblem.NotFound, $"No document {id}.");
        if (document.State != DocumentState.PendingReview)
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is {document.State}, no longer waiting for review: {LastDecision(id)}.");
        }

        if (document.WaitsForSplit)
        {
            throw new ReviewException(ReviewProblem.Invalid, $"Document {id} is a scanned stack waiting to be split, not classified yet: say where its documents begin (POST /api/review/{id}/split).");
        }

        if (document.IsClaimedByOtherThan(reviewer, now))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is being reviewed by {document.ClaimedBy} until {document.ClaimExpiresAt:HH:mm}.");
        }

        var record = work.Find(id) ?? throw new ReviewException(ReviewProblem.Invalid, $"The processing record of {id} is missing; run 'docclassifier retry {id}'.");

        // The move to Decided (compare-and-set) is the decision: of two reviewers deciding at once only one wins,
        // and a crash before delivery leaves it Decided, which the re-run job delivers as decided.
        var decision = new StateChange(DocumentState.PendingReview, DocumentState.Decided, ResultDecision.ReviewerPrefix + reviewer, $"{DecisionDetail}{label}")
        {
            Label = label,
            Kind = ActorKind.Reviewer,
            DecidedBy = reviewer,
            At = now,
        };
        if (!ledger.TryChange(id, decision))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} was decided a moment ago: {LastDecision(id)}.");
        }

        if (corrections.Count > 0)
        {
            work.SaveReviewed(id, record with { FieldCorrections = corrections });
        }

        try
        {
            delivery.TryDeliver(ledger.Find(id)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The decision is recorded and the document stays Decided: the service's sweep queues it again and its job delivers it.
            throw ReviewException.DeliveryPending($"decision ({label})", e);
        }
    }

    /// <summary>
    /// Puts a failed document back to Received and removes it from failed/; the caller enqueues it again. A document given
    /// up because its readings killed the worker is read again as if for the first time.
    /// </summary>
    public void Retry(string id, string actor)
    {
        if (!ledger.TryChange(id, new StateChange(DocumentState.Failed, DocumentState.Received, actor, "retry")))
        {
            throw new ReviewException(
                ledger.Find(id) is null ? ReviewProblem.NotFound : ReviewProblem.Conflict, $"Document {id} is not Failed, so there is nothing to retry.");
        }

        CrashCountingExtractor.Forget(work.Readings, ledger.Find(id)!.ArchivePath);
        failures.Withdraw(id);
    }

    private static List<FieldCorrection> Checked(IReadOnlyList<FieldCorrection> corrections)
    {
        try
        {
            return [.. corrections.Select(FieldCorrections.Normalize)];
        }
        catch (ArgumentException e)
        {
            throw new ReviewException(ReviewProblem.Invalid, e.Message);
        }
    }

    private string LastDecision(string id)
    {
        var history = ledger.History(id);
        return history.Count > 0 ? $"{history[^1].To} by {history[^1].Actor} at {history[^1].At:yyyy-MM-dd HH:mm:ss}" : "no history";
    }
}
