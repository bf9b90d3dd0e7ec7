using System.Collections.Concurrent;

namespace DocClassifier.Host.Service;

/// <summary>
/// The documents this process is processing right now. A second job for one of them (a redelivery or a requeue while
/// the first still runs) would write its result twice; it steps aside instead. Should the first run fail, its own
/// retry, or the stuck-document sweep, brings the document back.
/// </summary>
public sealed class RunningDocuments
{
    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.Ordinal);

    /// <summary>Marks the document as running here; false when it already is.</summary>
    public bool TryStart(string documentId) => running.TryAdd(documentId, 0);

    public void Finish(string documentId) => running.TryRemove(documentId, out _);
}
