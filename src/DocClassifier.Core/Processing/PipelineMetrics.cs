using System.Diagnostics.Metrics;
using DocClassifier.Extraction;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// The pipeline's instruments (System.Diagnostics.Metrics, meter "DocClassifier"), exported by the
/// service at /metrics: documents by outcome, processing time, extraction time per page by text
/// source, and the queue lengths the ledger reports.
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "DocClassifier";

    private readonly Meter meter;
    private readonly Counter<long> documents;
    private readonly Histogram<double> processing;
    private readonly Histogram<double> pages;
    private readonly Counter<long> requeued;

    public PipelineMetrics(IDocumentLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        meter = new Meter(MeterName);
        documents = meter.CreateCounter<long>("docclassifier.documents", "{document}", "Documents finished, by outcome.");
        requeued = meter.CreateCounter<long>(
            "docclassifier.documents.requeued", "{document}", "Documents found Processing with no live job and queued again, by who found them (startup, sweep).");
        var seconds = new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120] };
        processing = meter.CreateHistogram("docclassifier.processing.duration", "s", "Extract, classify and route one document.", advice: seconds);
        pages = meter.CreateHistogram("docclassifier.extraction.page.duration", "s", "Extraction time per page, by text source (ocr or text-layer).", advice: seconds);
        meter.CreateObservableGauge(
            "docclassifier.queue.length",
            () => new[]
            {
                new Measurement<long>(ledger.Count(DocumentState.Received) + ledger.Count(DocumentState.Processing) + ledger.Count(DocumentState.Decided), new KeyValuePair<string, object?>("queue", "processing")),
                new Measurement<long>(ledger.Count(DocumentState.PendingReview), new KeyValuePair<string, object?>("queue", "review")),
            },
            "{document}",
            "Documents waiting: for a worker, or for a reviewer.");
    }

    public void Requeued(int count, string by)
    {
        if (count > 0)
        {
            requeued.Add(count, new KeyValuePair<string, object?>("by", by));
        }
    }

    public void Finished(ProcessingOutcome outcome, TimeSpan duration)
    {
        documents.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
        processing.Record(duration.TotalSeconds);
    }

    public void Extracted(ExtractedDocument document, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Pages.Count == 0)
        {
            return;
        }

        // Time is measured per document; OCR dominates it wherever a page needed OCR.
        var source = document.Pages.Any(p => p.Source == TextSource.Ocr) ? "ocr" : "text-layer";
        var perPage = duration.TotalSeconds / document.Pages.Count;
        foreach (var _ in document.Pages)
        {
            pages.Record(perPage, new KeyValuePair<string, object?>("source", source));
        }
    }

    public void Dispose() => meter.Dispose();
}
