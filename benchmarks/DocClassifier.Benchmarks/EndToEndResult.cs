namespace DocClassifier.Benchmarks;

/// <summary>One end-to-end run: seconds from the drop to the last finished document, outcome counts, peak RSS, throughput over time.</summary>
internal sealed record EndToEndResult(double Seconds, string Outcomes, double PeakRss, string Timeline)
{
    /// <summary>Documents per second for each successive 1,000 finished.</summary>
    public string PerThousand { get; init; } = string.Empty;

    /// <summary>Seconds from dropping the warm-up batch into the service just started to its last document finished.</summary>
    public double WarmUpSeconds { get; init; }
}
