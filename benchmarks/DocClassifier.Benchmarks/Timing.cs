using System.Diagnostics;
using DocClassifier.Tests.Support;

namespace DocClassifier.Benchmarks;

/// <summary>Wall-clock seconds of one piece of work, as every benchmark reports them, and the load they were measured under.</summary>
internal static class Timing
{
    public static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Processor seconds this process has used so far (all threads, user and system), and its waited-for children (pdftoppm, the CLI).</summary>
    public static double ProcessorSeconds() => ProcessorTicks.Of(Environment.ProcessId) is { } time ? time.Own + time.Children : double.NaN;

    /// <summary>The machine's load average (1, 5, 15 minutes) as <c>uptime</c> shows it: printed beside numbers measured on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
