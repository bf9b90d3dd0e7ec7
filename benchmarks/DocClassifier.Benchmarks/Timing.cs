using System.Diagnostics;

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
    public static double ProcessorSeconds()
    {
        using var self = Process.GetCurrentProcess();
        var children = 0.0;
        if (File.Exists("/proc/self/stat"))
        {
            var line = File.ReadAllText("/proc/self/stat");
            var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
            children = (double.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture)) / 100;
        }

        return self.TotalProcessorTime.TotalSeconds + children;
    }

    /// <summary>The machine's load average (1, 5, 15 minutes) as <c>uptime</c> shows it: printed beside numbers measured on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
