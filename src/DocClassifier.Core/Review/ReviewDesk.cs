using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// The review queue: lists what waits for a person, delivers a reviewer's decision exactly as the
/// model's would be (with the reviewer recorded), keeps the decided text as a training example, and
/// puts failed documents back in line.
/// </summary>
public sealed class ReviewDesk(
    IDocumentLedger ledger, IResultSink results, IFailureSink failures, WorkStore work, IReadOnlyCollection<string> labels, string examplesRoot, TimeProvider clock)
{
    public IReadOnlyList<LedgerDocument> Pending(int limit = 1000) => ledger.InStates([DocumentState.PendingReview], limit);

    public void Decide(string id, string label, string reviewer)
    {
        if (!labels.Contains(label))
        {
            throw new ReviewException($"'{label}' is not a label. Known labels: {string.Join(", ", labels)}.");
        }

        var document = ledger.Find(id) ?? throw new ReviewException($"No document {id}.");
        if (document.State != DocumentState.PendingReview)
        {
            throw new ReviewException($"Document {id} is {document.State}, not waiting for review (decided already?).");
        }

        var record = work.Find(id) ?? throw new ReviewException($"The processing record of {id} is missing; run 'docclassifier retry {id}'.");
        var info = new DocumentInfo(document.Id, document.OriginalFileName, document.SourceFolder, document.ReceivedAt, document.ArchivePath);
        var decision = ResultDecision.ByReviewer(reviewer, label, record.Classification.Top, clock.GetUtcNow());

        // Claim first (compare-and-set), so that of two reviewers deciding at once only one delivers;
        // then deliver, then finish. A crash in between leaves it Processing, which a restart re-runs.
        var claim = new StateChange(DocumentState.PendingReview, DocumentState.Processing, decision.DecidedBy, $"review decision: {label}");
        if (!ledger.TryChange(id, claim))
        {
            throw new ReviewException($"Document {id} was decided by someone else a moment ago.");
        }

        results.Deliver(info, record.Extracted, decision);
        var detail = label == document.Label ? "confirmed" : $"corrected from {document.Label}";
        _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Delivered, decision.DecidedBy, detail) { Label = label });
        SaveExample(id, label, record.Extracted.Text);
    }

    /// <summary>Puts a failed document back to Received; the caller enqueues it again.</summary>
    public void Retry(string id, string actor)
    {
        if (!ledger.TryChange(id, new StateChange(DocumentState.Failed, DocumentState.Received, actor, "retry")))
        {
            throw new ReviewException($"Document {id} is not Failed, so there is nothing to retry.");
        }

        failures.Withdraw(id);
    }

    // Every decision, confirmation or correction, becomes a labelled example for retraining.
    private void SaveExample(string id, string label, string text)
    {
        var folder = Path.Combine(examplesRoot, label);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(Path.Combine(folder, id + ".txt"), text);
    }
}
