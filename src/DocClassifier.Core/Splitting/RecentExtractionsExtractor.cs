using DocClassifier.Extraction;

namespace DocClassifier.Splitting;

/// <summary>
/// Remembers the last few extractions by file (path, size and modification time), so that a multi-page scan the page
/// model read to decide its split is not read again when it is processed as one document. Holds at most
/// <paramref name="capacity"/> documents; an extraction that throws is not remembered. Thread-safe.
/// </summary>
public sealed class RecentExtractionsExtractor(IDocumentExtractor inner, int capacity) : IDocumentExtractor
{
    private readonly LinkedList<(string Key, ExtractedDocument Document)> recent = new();
    private readonly Lock gate = new();

    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(path);
        lock (gate)
        {
            if (key is not null && recent.FirstOrDefault(r => r.Key == key) is { Document: { } found })
            {
                return found;
            }
        }

        var document = inner.Extract(path, cancellationToken);
        if (key is not null && capacity > 0)
        {
            lock (gate)
            {
                _ = recent.AddFirst((key, document));
                while (recent.Count > capacity)
                {
                    recent.RemoveLast();
                }
            }
        }

        return document;
    }

    private static string? KeyOf(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : null;
    }
}
