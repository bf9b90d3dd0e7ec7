using System.Globalization;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A process's processor time from <c>/proc/&lt;pid&gt;/stat</c>: its own (user and system) and that of its waited-for
/// children, in seconds, with its parent's id. Shared by the tests' service processes and the benchmarks.
/// </summary>
internal static class ProcessorTicks
{
    // USER_HZ, 100 on every Linux architecture the service runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>Null where /proc does not exist or the process is gone.</summary>
    public static (int Parent, double Own, double Children)? Of(int pid)
    {
        string line;
        try
        {
            line = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // gone while we looked, or no /proc
        }

        // Fields after the command's closing parenthesis: ppid is the 2nd, utime, stime, cutime and cstime the 12th to 15th.
        var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
        double Seconds(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture) / ClockTicksPerSecond;
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), Seconds(11) + Seconds(12), Seconds(13) + Seconds(14));
    }
}
