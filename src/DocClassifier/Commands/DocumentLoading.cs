using DocClassifier.Extraction;
using DocClassifier.Training;

namespace DocClassifier.Host.Commands;

/// <summary>Reads a labelled folder or CSV with a progress bar, extracting documents through the text cache.</summary>
internal static class DocumentLoading
{
    public static TrainingSet Load(string path, string? cacheFolder, ExtractionOptions extraction, TextWriter output, CancellationToken cancellationToken)
    {
        using var extractor = new Lazy<DocumentExtraction>(() => new DocumentExtraction(extraction)).AsDisposable();
        var loader = new TrainingSetLoader(() => extractor.Value.Extractor, new TextCache(cacheFolder ?? TextCache.DefaultFolder));
        var set = ConsoleProgress.Run(output, "reading documents", progress => loader.Load(path, progress, cancellationToken));
        output.WriteLine($"{set.Examples.Count} documents read from {set.Source}, {set.Skipped.Count} skipped.");
        foreach (var skipped in set.Skipped)
        {
            output.WriteLine($"  skipped {skipped}");
        }

        return set;
    }

    private static DisposableLazy<T> AsDisposable<T>(this Lazy<T> lazy)
        where T : IDisposable => new(lazy);

    private sealed class DisposableLazy<T>(Lazy<T> lazy) : IDisposable
        where T : IDisposable
    {
        public T Value => lazy.Value;

        public void Dispose()
        {
            if (lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }
        }
    }
}
