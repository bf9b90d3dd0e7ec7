namespace DocClassifier.Benchmarks;

/// <summary>How the service benchmark runs the service beyond what it measures: stores in turn, statement counts, pinning, settings.</summary>
internal sealed class ServiceRunOptions
{
    /// <summary>0: one store; N: SQLite and PostgreSQL in turn, N runs each.</summary>
    public int Rounds { get; init; }

    public bool Statements { get; init; }

    /// <summary>0: the scanned pages go through the service in one batch; N: N batches of them into one warm service, each beside extraction alone on the same pages.</summary>
    public int PairedBatches { get; init; }

    /// <summary>Leaves out <c>pdftotext</c> on born-digital files (runs that compare the service with itself).</summary>
    public bool SkipAnchors { get; init; }

    /// <summary>Born-digital documents in the warm-up batch (the benchmark's own default when null); fewer will do for counting statements.</summary>
    public int? WarmUpDocuments { get; init; }

    /// <summary>Scanned pages in the warm-up batch of the scanned run (the benchmark's own default when null).</summary>
    public int? WarmUpPages { get; init; }

    /// <summary>0: worker processes share every core; K: each is pinned to K cores of its own.</summary>
    public int CpusPerWorker { get; init; }

    /// <summary>Environment variables for every service process (configuration keys with ':' written as '__').</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    public static Dictionary<string, string> ParseSettings(IEnumerable<string> settings) =>
        settings.Select(s => s.Split('=', 2)).ToDictionary(
            p => p[0].Replace(":", "__", StringComparison.Ordinal),
            p => p.Length == 2 ? p[1] : throw new ArgumentException($"--setting {p[0]}: expected NAME=VALUE."));
}
