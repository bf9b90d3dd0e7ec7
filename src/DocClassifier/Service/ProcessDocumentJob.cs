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
public sealed class ProcessDocumentJob(DocumentProcessor processor, RunningDocuments running, IDocumentQueue? queue = null, ILogger<ProcessDocumentJob>? logger = null)
{
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
    /// fail, to be run again by Hangfire (the documents it finished then do nothing).
    /// </summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 600, 600, 600])]
    public void RunAll(string[] documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        foreach (var id in documentIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                Run(id, cancellationToken);
            }
            catch (Exception e) when (queue is not null && e is not OperationCanceledException)
            {
                (logger ?? NullLogger<ProcessDocumentJob>.Instance).LogWarning(e, "Document {Id} could not be processed in a job of {Count} documents; it is queued again on its own.", id, documentIds.Length);
                queue.Enqueue(id);
            }
        }
    }
}
