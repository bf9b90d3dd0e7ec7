using System.Globalization;

namespace DocClassifier.Tests.Support;

/// <summary>The test process's peak resident set (Linux VmHWM), which can be reset to the current one before a step.</summary>
internal static class PeakMemory
{
    /// <summary>Resets the peak to the current resident set (writing 5 to clear_refs, Linux 4.0 and later) and returns it, in MB.</summary>
    public static double Reset()
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Kilobytes("VmRSS:") / 1024.0;
    }

    public static double PeakMegabytes() => Kilobytes("VmHWM:") / 1024.0;

    private static long Kilobytes(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
