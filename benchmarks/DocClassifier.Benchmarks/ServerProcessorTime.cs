using System.Globalization;
using Npgsql;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Processor time a local PostgreSQL server has used, all its processes: the postmaster with the backends that have
/// ended (its waited-for children) and every live child. Processor time hardly depends on what else the machine runs,
/// so a run's share of it tells where a document's time goes when the wall-clock rates cannot (a shared machine).
/// </summary>
internal sealed class ServerProcessorTime
{
    // USER_HZ, 100 on every Linux architecture this runs on.
    private const double ClockTicksPerSecond = 100;

    private readonly int postmaster;

    private ServerProcessorTime(int postmaster) => this.postmaster = postmaster;

    /// <summary>The server behind the connection string, found by its backend's parent; null when it is not on this machine.</summary>
    public static ServerProcessorTime? Of(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return Stat(backend) is { } stat ? new ServerProcessorTime(stat.Parent) : null;
    }

    public double Seconds()
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat)
            {
                if (pid == postmaster)
                {
                    total += stat.Own + stat.Children;
                }
                else if (stat.Parent == postmaster)
                {
                    total += stat.Own;
                }
            }
        }

        return total / ClockTicksPerSecond;
    }

    // Fields after the command's closing parenthesis: ppid is the 2nd, utime, stime, cutime and cstime the 12th to 15th.
    private static (int Parent, double Own, double Children)? Stat(int pid)
    {
        string line;
        try
        {
            line = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // gone while we looked
        }

        var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
        double Ticks(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), Ticks(11) + Ticks(12), Ticks(13) + Ticks(14));
    }
}
