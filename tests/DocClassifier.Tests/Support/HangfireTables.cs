using Npgsql;

namespace DocClassifier.Tests.Support;

/// <summary>What Hangfire.PostgreSql recorded about the jobs of one document: read straight from its tables.</summary>
internal static class HangfireTables
{
    /// <summary>How many Hangfire jobs were ever created for the document.</summary>
    public static int JobCount(string connectionString, string documentId) =>
        Convert.ToInt32(Scalar(connectionString, "SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE '%' || @id || '%'", documentId), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// How many of the document's jobs have been put in a state (Enqueued or later). Hangfire creates a job's row first and
    /// enqueues it in a second transaction, so a process killed in between leaves a row that never runs.
    /// </summary>
    public static int QueuedJobCount(string connectionString, string documentId) =>
        Convert.ToInt32(Scalar(connectionString, "SELECT count(*) FROM hangfire.job WHERE statename IS NOT NULL AND arguments::text LIKE '%' || @id || '%'", documentId), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The server of every Processing state of the document's jobs, oldest first: one entry per time a worker took it.</summary>
    public static IReadOnlyList<string> ProcessingServers(string connectionString, string documentId)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.data::json ->> 'ServerId' FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE j.arguments::text LIKE '%' || @id || '%' AND s.name = 'Processing' ORDER BY s.id
            """;
        command.Parameters.AddWithValue("id", documentId);
        using var reader = command.ExecuteReader();
        var servers = new List<string>();
        while (reader.Read())
        {
            servers.Add(reader.GetString(0));
        }

        return servers;
    }

    /// <summary>
    /// Leaves a job's state lock behind as a holder that lost its connection mid-change does (seen when
    /// PostgreSQL restarts): the row stays until Hangfire removes it as stale. Returns the job's id.
    /// </summary>
    public static long LeaveStateLockBehind(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO hangfire.lock (resource, updatecount, acquired)
            SELECT 'hangfire:job:' || id || ':state-lock', 0, now() FROM hangfire.job WHERE statename = 'Enqueued' ORDER BY id DESC LIMIT 1
            RETURNING resource
            """;
        var resource = (string)command.ExecuteScalar()!;
        return long.Parse(resource.Split(':')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static object? Scalar(string connectionString, string sql, string documentId)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed SQL; the id is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Parameters.AddWithValue("id", documentId);
        return command.ExecuteScalar();
    }
}
