namespace DocClassifier.Benchmarks;

/// <summary>One end-to-end run: seconds from the drop to the last finished document, outcome counts, peak RSS, throughput over time.</summary>
internal sealed record EndToEndResult(double Seconds, string Outcomes, double PeakRss, string Timeline);
