using System.Globalization;

namespace DocClassifier.Benchmarks;

/// <summary>One end-to-end run: seconds from the drop to the last finished document, outcome counts, peak RSS, throughput over time.</summary>
internal sealed record EndToEndResult(double Seconds, string Outcomes, double PeakRss, string Timeline)
{
    /// <summary>Documents per second for each successive 1,000 finished.</summary>
    public string PerThousand { get; init; } = string.Empty;

    /// <summary>Seconds from dropping the warm-up batch into the service just started to its last document finished.</summary>
    public double WarmUpSeconds { get; init; }

    /// <summary>Processor seconds the service's processes used from the drop to the last document finished.</summary>
    public double ProcessorSeconds { get; init; }

    /// <summary>Processor seconds the PostgreSQL server used in the same time; NaN on SQLite or a server elsewhere.</summary>
    public double ServerProcessorSeconds { get; init; } = double.NaN;

    /// <summary>"the service 12 ms" or "the service 12 ms, PostgreSQL 5 ms (29 % of both)" for each of <paramref name="count"/> items.</summary>
    public string ProcessorTimePer(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"the service {ProcessorSeconds / count * 1000:F1} ms")
        + (double.IsNaN(ServerProcessorSeconds)
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", the PostgreSQL server {ServerProcessorSeconds / count * 1000:F1} ms ({ServerProcessorSeconds / (ServerProcessorSeconds + ProcessorSeconds) * 100:F0} % of both)"));
}
