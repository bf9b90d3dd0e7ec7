using System.Collections.Concurrent;
using DocClassifier.Processing;

namespace DocClassifier.Tests.Support;

/// <summary>A document queue that only records what was queued, for tests of who enqueues; no job runs.</summary>
internal sealed class RecordingQueue : IDocumentQueue
{
    private readonly ConcurrentQueue<string> enqueued = new();

    public IReadOnlyList<string> Enqueued => [.. enqueued];

    public void Enqueue(string documentId) => enqueued.Enqueue(documentId);

    public IReadOnlySet<string> WithLiveJobs(bool countDeadWorkersJobs = false) => new HashSet<string>();
}
