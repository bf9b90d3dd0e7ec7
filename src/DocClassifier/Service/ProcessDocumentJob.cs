using DocClassifier.Processing;
using Hangfire;

namespace DocClassifier.Host.Service;

/// <summary>
/// The Hangfire job for one document. Hangfire runs it AT LEAST once (and again after a crash), which
/// is safe: <see cref="DocumentProcessor"/> is idempotent and keyed by the document id, a job for a finished document
/// does nothing, and a job for a document another worker of this process is running right now steps aside
/// (<see cref="RunningDocuments"/>). Bad input never throws (it ends in failed/); what throws is transient (database,
/// disk) and is retried with back-off.
/// </summary>
public sealed class ProcessDocumentJob(DocumentProcessor processor, RunningDocuments running)
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
}
