using System.Diagnostics.CodeAnalysis;
using DocClassifier.Processing;
using DocClassifier.Storage;

namespace DocClassifier.Host.Service;

/// <summary>
/// The document queue of a command run beside a SQLite service, whose job queue lives in the service's memory where
/// no other process reaches it. The ledger is the hand-off: a document queued here is Received, and the running
/// service's intake node queues every Received document it has not queued itself within
/// <see cref="ServiceOptions.HandOffSeconds"/> (a service started later queues it at start).
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue of documents, in the domain's words; not a Queue<T>.")]
internal sealed class LedgerHandOffQueue(IDocumentLedger ledger) : IDocumentQueue
{
    public void Enqueue(string documentId)
    {
        if (ledger.Find(documentId)?.State != DocumentState.Received)
        {
            throw new InvalidOperationException($"Document {documentId} is not Received: only a Received document is handed to the service through the ledger.");
        }
    }

    /// <summary>None: this process runs no jobs, and cannot see the service's.</summary>
    public IReadOnlySet<string> WithLiveJobs(bool countDeadWorkersJobs = false) => new HashSet<string>();
}
