using DocClassifier.Extraction;
using DocClassifier.Training;
using Spectre.Console;

namespace DocClassifier.Cli.Commands;

/// <summary>Reads a labelled folder or CSV with a progress bar, extracting documents through the text cache.</summary>
internal static class DocumentLoading
{
    public static TrainingSet Load(string path, string? cacheFolder, ExtractionOptions extraction, TextWriter output, CancellationToken cancellationToken)
    {
        using var extractor = new Lazy<DocumentExtraction>(() => new DocumentExtraction(extraction)).AsDisposable();
        var loader = new TrainingSetLoader(() => extractor.Value.Extractor, new TextCache(cacheFolder ?? TextCache.DefaultFolder));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        TrainingSet? set = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading documents");
                set = loader.Load(path, new Progress<(int Done, int Total)>(p => (task.MaxValue, task.Value) = (p.Total, p.Done)), cancellationToken);
                task.Value = task.MaxValue;
            });

        output.WriteLine($"{set!.Examples.Count} documents read from {set.Source}, {set.Skipped.Count} skipped.");
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
