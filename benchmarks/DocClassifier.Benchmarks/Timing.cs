using System.Diagnostics;

namespace DocClassifier.Benchmarks;

/// <summary>Wall-clock seconds of one piece of work, as every benchmark reports them.</summary>
internal static class Timing
{
    public static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}
