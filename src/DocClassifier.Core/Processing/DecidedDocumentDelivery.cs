using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// Delivers a document a reviewer decided (state <see cref="DocumentState.Decided"/>) exactly as the model's would be,
/// with the reviewer's label, field corrections and name, then moves it Decided → Delivered and keeps its text as a
/// training example. The review desk runs it right after a decision; the processor runs it for a Decided document
/// that a crash or an unwritable results folder left behind. Idempotent: the sinks overwrite, the move is compare-and-set.
/// </summary>
public sealed class DecidedDocumentDelivery(IDocumentLedger ledger, IResultSink results, WorkStore work, string examplesRoot)
{
    /// <summary>Delivers the decision; false when the document holds none (not Decided).</summary>
    /// <exception cref="IOException">The result could not be written; the document stays Decided, to be delivered again.</exception>
    public bool TryDeliver(LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document is not { State: DocumentState.Decided, Label: { } label, DecidedBy: { } reviewer, DecidedAt: { } decidedAt })
        {
            return false;
        }

        var record = work.Find(document.Id) ?? throw new InvalidOperationException($"The processing record of the decided document {document.Id} is missing.");
        var decision = ResultDecision.ByReviewer(reviewer, label, record.Classification.Top, decidedAt) with { FieldCorrections = record.FieldCorrections ?? [] };
        var info = DocumentInfo.From(document);
        results.Deliver(info, record.Extracted, record.Fields ?? [], decision); // WorkStore.Find fills the fields of older records

        var predicted = record.Classification.Label;
        var detail = (label == predicted ? "confirmed" : $"corrected from {predicted}") +
            (decision.FieldCorrections.Count > 0 ? $"; fields corrected: {string.Join(", ", decision.FieldCorrections.Select(c => c.Name).Distinct())}" : string.Empty);
        _ = ledger.TryChange(document.Id, new StateChange(DocumentState.Decided, DocumentState.Delivered, decision.DecidedBy, detail) { Label = label, Kind = ActorKind.Reviewer });
        SaveExample(document.Id, label, record.Extracted.Text);
        return true;
    }

    // Every decision, confirmation or correction, becomes a labelled example for retraining.
    private void SaveExample(string id, string label, string text)
    {
        var folder = Path.Combine(examplesRoot, label);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(Path.Combine(folder, id + ".txt"), text);
    }
}
