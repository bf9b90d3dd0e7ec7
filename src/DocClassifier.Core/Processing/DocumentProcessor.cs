using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// Extract → classify → route one recorded document. Runs at least once per document (Hangfire
/// retries, restarts re-enqueue), so every step is idempotent and keyed by the id: the ledger move
/// Received→Processing is compare-and-set, sinks overwrite rather than add, and the final ledger move
/// comes last, so a run killed anywhere is simply run again and delivers once.
/// Bad input is deterministic and goes straight to failed/; anything else (database down) throws, to be retried.
/// </summary>
public sealed class DocumentProcessor(
    IDocumentLedger ledger,
    IDocumentExtractor extractor,
    IDocumentClassifier classifier,
    IResultSink results,
    IFailureSink failures,
    WorkStore work,
    TimeProvider clock)
{
    public ProcessingOutcome Process(string id, CancellationToken cancellationToken = default)
    {
        var document = ledger.Find(id) ?? throw new InvalidOperationException($"Document {id} is not in the ledger.");
        if (document.State == DocumentState.Received)
        {
            _ = ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
            document = ledger.Find(id)!;
        }

        if (document.State != DocumentState.Processing)
        {
            return ProcessingOutcome.AlreadyDone;
        }

        var info = new DocumentInfo(document.Id, document.OriginalFileName, document.SourceFolder, document.ReceivedAt, document.ArchivePath);
        ExtractedDocument extracted;
        try
        {
            extracted = work.Find(id)?.Extracted ?? extractor.Extract(document.ArchivePath, cancellationToken);
        }
        catch (ExtractionException e)
        {
            failures.Fail(info, e);
            _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "system", e.Message) { ErrorCode = e.Code.ToString() });
            return ProcessingOutcome.Failed;
        }

        var result = classifier.Classify(extracted.Text);
        work.Save(id, new WorkRecord(extracted, result));
        var actor = ResultDecision.ModelPrefix + result.ModelVersion;
        if (result.Decision == RoutingDecision.Deliver)
        {
            results.Deliver(info, extracted, ResultDecision.ByModel(result, clock.GetUtcNow()));
            _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Delivered, actor) { Label = result.Label, Confidence = result.Confidence });
            return ProcessingOutcome.Delivered;
        }

        _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, actor, result.Reason) { Label = result.Label, Confidence = result.Confidence });
        return ProcessingOutcome.PendingReview;
    }
}
