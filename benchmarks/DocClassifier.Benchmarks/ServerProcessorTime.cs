using System.Globalization;
using DocClassifier.Tests.Support;
using Npgsql;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Processor time a local PostgreSQL server has used, all its processes: the postmaster with the backends that have
/// ended (its waited-for children) and every live child. Processor time hardly depends on what else the machine runs,
/// so a run's share of it tells where a document's time goes when the wall-clock rates cannot (a shared machine).
/// </summary>
internal sealed class ServerProcessorTime
{
    private readonly int postmaster;

    private ServerProcessorTime(int postmaster) => this.postmaster = postmaster;

    /// <summary>The server behind the connection string, found by its backend's parent; null when it is not on this machine.</summary>
    public static ServerProcessorTime? Of(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return ProcessorTicks.Of(backend) is { } stat ? new ServerProcessorTime(stat.Parent) : null;
    }

    public double Seconds()
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ProcessorTicks.Of(pid) is { } stat)
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

        return total;
    }
}
