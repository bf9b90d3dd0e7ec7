using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// Extract → classify → route one recorded document. Runs at least once per document (Hangfire
/// retries, restarts re-enqueue), so every step is idempotent and keyed by the id: the ledger move
/// Received→Processing is compare-and-set, sinks overwrite rather than add, and the final ledger move
/// comes last, so a run killed anywhere is simply run again and delivers once.
/// A document a reviewer decided (Decided, its delivery interrupted) is delivered as decided, never classified again.
/// Bad input is deterministic and goes straight to failed/; anything else (database down) throws, to be retried.
/// For the same reason its ledger changes are <see cref="StateChange.Redoable"/>: they do not wait for the disk.
/// </summary>
public sealed class DocumentProcessor(
    IDocumentLedger ledger,
    IDocumentExtractor extractor,
    IDocumentClassifier classifier,
    IResultSink results,
    IFailureSink failures,
    WorkStore work,
    TimeProvider clock,
    DecidedDocumentDelivery decisions,
    PipelineMetrics? metrics = null,
    IRoutingPolicy? routing = null,
    StackSplitting? splitting = null)
{
    /// <summary>Who takes documents into Processing in the audit trail: which node did the work.</summary>
    public string WorkerName { get; init; } = "worker";

    /// <summary>Where a share of the model's deliveries waits for a reviewer's spot-check; none: nothing is spot-checked.</summary>
    public SpotCheckSample? SpotChecks { get; init; }

    public ProcessingOutcome Process(string id, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var outcome = ProcessOnce(id, cancellationToken);
        if (outcome != ProcessingOutcome.AlreadyDone)
        {
            metrics?.Finished(outcome, clock.GetElapsedTime(started));
        }

        return outcome;
    }

    private ProcessingOutcome ProcessOnce(string id, CancellationToken cancellationToken)
    {
        // A new document is taken into Processing and read in one go (one round trip on PostgreSQL); one already taken, or
        // decided by a reviewer, is read as it stands.
        var document = ledger.ChangeAndFind(id, new StateChange(DocumentState.Received, DocumentState.Processing, WorkerName) { Redoable = true, At = clock.GetUtcNow() })
            ?? throw new InvalidOperationException($"Document {id} is not in the ledger.");

        if (decisions.TryDeliver(document))
        {
            return ProcessingOutcome.Delivered;
        }

        if (document.State != DocumentState.Processing)
        {
            return ProcessingOutcome.AlreadyDone;
        }

        var info = DocumentInfo.From(document);
        var kept = work.Find(id);
        ExtractedDocument extracted;
        try
        {
            // A dropped stack with separator sheets becomes its parts, each processed as a document of its own; one the
            // page model is unsure of waits for a reviewer to split it.
            if (kept is null && splitting?.Divide(document, WorkerName, cancellationToken) is { } divided)
            {
                return divided;
            }

            extracted = kept?.Extracted ?? Extract(document.ArchivePath, cancellationToken);
        }
        catch (ExtractionException e)
        {
            failures.Fail(info, e);
            _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "system", e.Message) { ErrorCode = FailureCodes.Of(e.Code), Redoable = true });
            return ProcessingOutcome.Failed;
        }

        // Fields are found once per extraction and kept: the routing policy, the result and the review pages read these.
        var fields = kept?.Fields ?? FieldExtractors.ExtractAll(extracted.PageTexts);
        var scores = classifier.Classify(extracted.Text);
        var verdict = SheetLabelCheck.Apply((routing ?? ThresholdRoutingPolicy.Default).Decide(scores, extracted.Text, fields), scores.Label, document.SheetLabel);
        work.Save(id, new WorkRecord(extracted, scores) { Fields = fields, Verdict = verdict });
        var actor = ResultDecision.ModelPrefix + scores.ModelVersion;
        if (verdict.Decision == RoutingDecision.Deliver)
        {
            results.Deliver(info, extracted, fields, ResultDecision.ByModel(scores, clock.GetUtcNow()));
            _ = SpotChecks?.Offer(id, scores.Label); // before the final move, so a crash in between cannot lose the sample
            _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Delivered, actor) { Label = scores.Label, Confidence = scores.Confidence, Redoable = true });
            return ProcessingOutcome.Delivered;
        }

        _ = ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, actor, verdict.Reason) { Label = scores.Label, Confidence = scores.Confidence, Redoable = true });
        return ProcessingOutcome.PendingReview;
    }

    private ExtractedDocument Extract(string path, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var extracted = extractor.Extract(path, cancellationToken);
        metrics?.Extracted(extracted, clock.GetElapsedTime(started));
        return extracted;
    }
}
