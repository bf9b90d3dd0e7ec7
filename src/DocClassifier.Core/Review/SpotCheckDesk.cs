using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// Spot-checks of the model's deliveries (<see cref="SpotCheckSample"/>): hands a reviewer the longest-waiting one and
/// records the answer. Every answer is kept as a spot-checked example (<c>training-examples/LABEL/spot-checks/ID.txt</c>),
/// which stands for the delivered part of the stream when a challenger model is judged. A correction also moves the
/// document Delivered → Decided and delivers it again under the reviewer's label, exactly as a review decision is
/// delivered (so it becomes a reviewed example to train on, and a crash before the delivery is finished by the service).
/// The wrong result already in the other label's folder is left there: an RPA bot may have taken it; the document's
/// history says it was corrected, and by whom.
/// </summary>
public sealed class SpotCheckDesk(
    SpotCheckSample queue,
    IDocumentLedger ledger,
    WorkStore work,
    DecidedDocumentDelivery delivery,
    IReadOnlyCollection<string> labels,
    string examplesRoot,
    TimeProvider clock)
{
    private const string Detail = "spot-check: ";

    public IReadOnlyCollection<string> Labels => labels;

    public int Waiting => queue.Count;

    public IReadOnlyList<PendingSpotCheck> Pending(int limit = 1000) => queue.Pending(limit);

    /// <summary>The document's spot-check if it waits for one.</summary>
    public PendingSpotCheck? Find(string id) => queue.Find(id);

    /// <summary>Spot-checks answered so far and how many corrected the model.</summary>
    public (int Answered, int Corrected) Tally() => ReviewedExamples.SpotCheckTally(examplesRoot);

    /// <summary>
    /// The longest-waiting spot-check other than <paramref name="skip"/>; null when none waits. A chosen document the ledger
    /// does not show as delivered yet (its processing is finishing) is passed over; one that can never be delivered as the
    /// model's (unknown to the ledger, failed, a duplicate or a split stack) is taken off the queue.
    /// </summary>
    public PendingSpotCheck? Next(string? skip = null)
    {
        foreach (var pending in queue.Pending(200).Where(p => p.Id != skip))
        {
            switch (ledger.Find(pending.Id)?.State)
            {
                case DocumentState.Delivered:
                    return pending;
                case null or DocumentState.Failed or DocumentState.Duplicate or DocumentState.Split:
                    queue.Remove(pending.Id);
                    break;
            }
        }

        return null;
    }

    public SpotCheckResult Decide(string id, string label, string reviewer)
    {
        if (label != ReviewDesk.NoneOfTheLabels && !labels.Contains(label))
        {
            throw ReviewException.UnknownLabel(label, labels);
        }

        var pending = queue.Find(id) ?? throw new ReviewException(ReviewProblem.NotFound, $"Document {id} is not waiting for a spot-check (another reviewer may have checked it).");
        var document = ledger.Find(id) ?? throw new ReviewException(ReviewProblem.NotFound, $"No document {id}.");
        if (document.State != DocumentState.Delivered)
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} is {document.State}: only a delivered document can be spot-checked.");
        }

        var record = work.Find(id) ?? throw new ReviewException(ReviewProblem.Invalid, $"The processing record of {id} is missing, so its text cannot be kept.");
        var deliveredAs = document.Label ?? pending.Label;
        var actor = ResultDecision.ReviewerPrefix + reviewer;
        var now = clock.GetUtcNow();
        ReviewedExamples.Add(examplesRoot, label, id, record.Extracted.Text, ExampleSource.SpotCheck);
        if (label == deliveredAs)
        {
            _ = ledger.TryChange(id, new StateChange(DocumentState.Delivered, DocumentState.Delivered, actor, Detail + "confirmed") { Label = label, Kind = ActorKind.Reviewer, At = now });
            queue.Remove(id);
            return new SpotCheckResult(id, deliveredAs, label);
        }

        var correction = new StateChange(DocumentState.Delivered, DocumentState.Decided, actor, $"{Detail}corrected from {deliveredAs}")
        {
            Label = label,
            Kind = ActorKind.Reviewer,
            DecidedBy = reviewer,
            At = now,
        };
        if (!ledger.TryChange(id, correction))
        {
            throw new ReviewException(ReviewProblem.Conflict, $"Document {id} changed a moment ago; look at its history.");
        }

        queue.Remove(id);
        try
        {
            delivery.TryDeliver(ledger.Find(id)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ReviewException.DeliveryPending($"correction ({label})", e);
        }

        return new SpotCheckResult(id, deliveredAs, label);
    }
}
