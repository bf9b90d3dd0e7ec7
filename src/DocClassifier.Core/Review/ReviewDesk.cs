using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// The review queue: hands each reviewer the next item under a lease (two reviewers never hold the
/// same item; an abandoned claim expires), delivers a decision exactly as the model's would be (with
/// the reviewer recorded), keeps the decided text as a training example, and puts failed documents
/// back in line.
/// </summary>
public sealed class ReviewDesk(
    IDocumentLedger ledger, IResultSink results, IFailureSink failures, WorkStore work, IReadOnlyCollection<string> labels, string examplesRoot, TimeProvider clock)
{
    /// <summary>The choice for a document that is none of the labels: delivered to results/other/ for a clerk.</summary>
    public const string NoneOfTheLabels = "other";

    private const string DecisionDetail = "review decision: ";

    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    public IReadOnlyCollection<string> Labels => labels;

    public IReadOnlyList<LedgerDocument> Pending(int limit = 1000) => ledger.InStates([DocumentState.PendingReview], limit);

    /// <summary>Claims the next item for the reviewer (oldest first within the filter); null when the queue is empty.</summary>
    public LedgerDocument? Next(string reviewer, DocumentQuery? filter = null) =>
        ledger.TryClaimNext(reviewer, filter ?? new DocumentQuery(), clock.GetUtcNow(), ClaimLease);

    /// <summary>Gives the item back to the queue.</summary>
    public bool Skip(string id, string reviewer) => ledger.ReleaseClaim(id, reviewer);

    /// <param name="fieldCorrections">The reviewer's corrections of the fields found; each is checked (ids by checksum) before anything changes.</param>
    public void Decide(string id, string label, string reviewer, IReadOnlyList<FieldCorrection>? fieldCorrections = null)
    {
        if (label != NoneOfTheLabels && !labels.Contains(label))
        {
            throw new ReviewException(ReviewProblem.Invalid, $"'{label}' is not a label. Known labels: {string.Join(", ", labels)}, or '{NoneOfTheLabels}'.");
        }

        var corrections = Checked(fieldCorrections ?? []);

        var now = clock.GetUtcNow();
        var document = ledger.Find(id) ?? throw new ReviewException(ReviewProblem.NotFound, $"No document {id}.");
        if (document.State != DocumentState.PendingReview)
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is {document.State}, no longer waiting for review: {LastDecision(id)}.");
        }

        if (document.IsClaimedByOtherThan(reviewer, now))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is being reviewed by {document.ClaimedBy} until {document.ClaimExpiresAt:HH:mm}.");
        }

        var record = work.Find(id) ?? throw new ReviewException(ReviewProblem.Invalid, $"The processing record of {id} is missing; run 'docclassifier retry {id}'.");
        var decision = ResultDecision.ByReviewer(reviewer, label, record.Classification.Top, now) with { FieldCorrections = corrections };

        // The claim (compare-and-set) carries the decision: of two reviewers deciding at once only one
        // wins, and a crash before delivery leaves it Processing with the reviewer's label, which the
        // re-run job delivers (see DocumentProcessor) instead of asking the model again.
        var claim = new StateChange(DocumentState.PendingReview, DocumentState.Processing, decision.DecidedBy, $"{DecisionDetail}{label}") { Label = label };
        if (!ledger.TryChange(id, claim))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} was decided a moment ago: {LastDecision(id)}.");
        }

        if (corrections.Count > 0)
        {
            record = record with { FieldCorrections = corrections };
            work.SaveReviewed(id, record);
        }

        Deliver(document, record, decision);
    }

    /// <summary>Finishes a reviewer's decision that a crash interrupted after its claim; false if the document holds none.</summary>
    public bool TryFinishInterruptedDecision(LedgerDocument document, WorkRecord record)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(record);
        var last = LastEntry(document.Id);
        if (document.State != DocumentState.Processing || last is not { From: DocumentState.PendingReview, To: DocumentState.Processing } ||
            !last.Actor.StartsWith(ResultDecision.ReviewerPrefix, StringComparison.Ordinal) || document.Label is null)
        {
            return false;
        }

        var decision = ResultDecision.ByReviewer(last.Actor[ResultDecision.ReviewerPrefix.Length..], document.Label, record.Classification.Top, last.At)
            with { FieldCorrections = record.FieldCorrections ?? [] };
        Deliver(document, record, decision);
        return true;
    }

    /// <summary>Puts a failed document back to Received and removes it from failed/; the caller enqueues it again.</summary>
    public void Retry(string id, string actor)
    {
        if (!ledger.TryChange(id, new StateChange(DocumentState.Failed, DocumentState.Received, actor, "retry")))
        {
            throw new ReviewException(
                ledger.Find(id) is null ? ReviewProblem.NotFound : ReviewProblem.Conflict, $"Document {id} is not Failed, so there is nothing to retry.");
        }

        failures.Withdraw(id);
    }

    private void Deliver(LedgerDocument document, WorkRecord record, ResultDecision decision)
    {
        var info = new DocumentInfo(document.Id, document.OriginalFileName, document.SourceFolder, document.ReceivedAt, document.ArchivePath);
        try
        {
            results.Deliver(info, record.Extracted, record.Fields ?? FieldExtractors.ExtractAll(record.Extracted.PageTexts), decision);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The decision is already recorded (the claim carries it) and the document stays Processing: the
            // service's sweep queues it again and its job delivers the decision as made (TryFinishInterruptedDecision).
            throw new ReviewException(
                ReviewProblem.DeliveryPending,
                $"Your decision ({decision.Label}) is saved, but its result could not be written to the results folder ({e.Message}). " +
                "The service delivers it by itself as soon as the folder can be written again; there is nothing more to do.");
        }

        var predicted = record.Classification.Label;
        var detail = (decision.Label == predicted ? "confirmed" : $"corrected from {predicted}") +
            (decision.FieldCorrections.Count > 0 ? $"; fields corrected: {string.Join(", ", decision.FieldCorrections.Select(c => c.Name).Distinct())}" : string.Empty);
        _ = ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.Delivered, decision.DecidedBy, detail) { Label = decision.Label });
        SaveExample(document.Id, decision.Label, record.Extracted.Text);
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

    private AuditEntry? LastEntry(string id)
    {
        var history = ledger.History(id);
        return history.Count > 0 ? history[^1] : null;
    }

    private string LastDecision(string id) =>
        LastEntry(id) is { } last ? $"{last.To} by {last.Actor} at {last.At:yyyy-MM-dd HH:mm:ss}" : "no history";

    // Every decision, confirmation or correction, becomes a labelled example for retraining.
    private void SaveExample(string id, string label, string text)
    {
        var folder = Path.Combine(examplesRoot, label);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(Path.Combine(folder, id + ".txt"), text);
    }
}
