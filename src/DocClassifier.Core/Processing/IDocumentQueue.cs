using System.Diagnostics.CodeAnalysis;

namespace DocClassifier.Processing;

/// <summary>
/// Where a recorded document goes to be processed: the one way intake, uploads, retries, start-up recovery and the
/// stuck-document sweep get a document to a worker. A queued document is processed at least once, so processing is
/// idempotent and keyed by the document id.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue of documents, in the domain's words; not a Queue<T>.")]
public interface IDocumentQueue
{
    /// <summary>Queues the document; it is processed at least once, by whichever worker takes it.</summary>
    void Enqueue(string documentId);

    /// <summary>
    /// Queues documents recorded together (an intake batch). Each is processed at least once, as if queued alone; a
    /// queue may give several of them to one job, which processes them one after another.
    /// </summary>
    void EnqueueAll(IReadOnlyList<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        foreach (var id in documentIds)
        {
            Enqueue(id);
        }
    }

    /// <summary>
    /// True when no job is waiting for a worker right now, so a worker that finishes would find nothing to do. A job of
    /// several slow documents (scans) then hands the rest of them back as jobs of their own, to be shared by the workers
    /// instead of one working through them while the others wait. A queue that cannot tell says false.
    /// </summary>
    bool NoneWaiting() => false;

    /// <summary>
    /// The documents with a job waiting or running now, so that a second one is not queued beside it.
    /// </summary>
    /// <param name="countDeadWorkersJobs">Count a job still marked running on a worker that is gone as live too.</param>
    IReadOnlySet<string> WithLiveJobs(bool countDeadWorkersJobs = false);
}
