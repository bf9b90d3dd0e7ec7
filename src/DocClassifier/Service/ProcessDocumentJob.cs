using DocClassifier.Processing;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocClassifier.Host.Service;

/// <summary>
/// The Hangfire job for one document, or for several recorded together. Hangfire runs it AT LEAST once (and again
/// after a crash), which is safe: <see cref="DocumentProcessor"/> is idempotent and keyed by the document id, a job for
/// a finished document does nothing, and a job for a document another worker of this process is running right now
/// steps aside (<see cref="RunningDocuments"/>). Bad input never throws (it ends in failed/); what throws is transient
/// (database, disk) and is retried with back-off.
/// </summary>
public sealed class ProcessDocumentJob(
    DocumentProcessor processor, RunningDocuments running, IDocumentQueue? queue = null, ILogger<ProcessDocumentJob>? logger = null, TimeProvider? clock = null)
{
    /// <summary>
    /// A document that took at least this long (a scanned page takes a second or more, a born-digital PDF some tens of
    /// milliseconds) makes a shared job look at the queue before its next one: see <see cref="RunAll"/>.
    /// </summary>
    public static readonly TimeSpan SlowDocument = TimeSpan.FromMilliseconds(500);

    private readonly ILogger log = logger ?? NullLogger<ProcessDocumentJob>.Instance;

    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 600, 600, 600])]
    public void Run(string documentId, CancellationToken cancellationToken)
    {
        if (!running.TryStart(documentId))
        {
            return;
        }

        try
        {
            processor.Process(documentId, cancellationToken);
        }
        finally
        {
            running.Finish(documentId);
        }
    }

    /// <summary>
    /// Documents recorded together, one after another. A document whose run throws is queued again as a job of its own
    /// (with <see cref="Run"/>'s retries) and the others go on; only when that cannot be queued either does this job
    /// fail, to be run again by Hangfire (the documents it finished then do nothing). When a document was slow
    /// (<see cref="SlowDocument"/>), two or more are left and no job is waiting, the rest go back to the queue as jobs of
    /// their own: at the end of a batch of scans the other workers would otherwise wait while this one reads them all
    /// (a batch of 30 scanned pages in jobs of 4 kept the two workers busy 92 % of the time).
    /// </summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 600, 600, 600])]
    public void RunAll(string[] documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var time = clock ?? TimeProvider.System;
        for (var i = 0; i < documentIds.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            var id = documentIds[i];
            try
            {
                Run(id, cancellationToken);
            }
            catch (Exception e) when (queue is not null && e is not OperationCanceledException)
            {
                log.LogWarning(e, "Document {Id} could not be processed in a job of {Count} documents; it is queued again on its own.", id, documentIds.Length);
                queue.Enqueue(id);
            }

            var left = documentIds.Length - i - 1;
            if (queue is not null && left >= 2 && time.GetElapsedTime(started) >= SlowDocument && queue.NoneWaiting())
            {
                foreach (var waiting in documentIds[(i + 1)..])
                {
                    queue.Enqueue(waiting);
                }

                log.LogDebug("No job was waiting: the last {Count} documents of a shared job are queued as jobs of their own, for whichever worker is free.", left);
                return;
            }
        }
    }
}
