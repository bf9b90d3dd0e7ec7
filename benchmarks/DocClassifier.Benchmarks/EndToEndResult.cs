namespace DocClassifier.Benchmarks;

/// <summary>One end-to-end run: seconds from the drop to the last finished document, outcome counts, peak RSS, throughput over time.</summary>
internal sealed record EndToEndResult(double Seconds, string Outcomes, double PeakRss, string Timeline)
{
    /// <summary>Documents per second for each successive 1,000 finished.</summary>
    public string PerThousand { get; init; } = string.Empty;
}
