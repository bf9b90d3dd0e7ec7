using System.Globalization;
using Npgsql;

namespace DocClassifier.Benchmarks;

/// <summary>
/// What one measured batch cost the database, per document, from <c>pg_stat_statements</c> (the server must preload it)
/// and <c>pg_stat_database</c>: statements by Hangfire and by the ledger, transaction control, pool resets, commits, and
/// the server's own execution time. Counted from <see cref="Start"/> to <see cref="Print"/> in one database.
/// </summary>
internal sealed class StatementCounts
{
    private readonly string connectionString;
    private long commitsBefore;
    private long walSyncsBefore;

    private StatementCounts(string connectionString) => this.connectionString = connectionString;

    /// <summary>Resets the counters; null (with a note) when the server does not load <c>pg_stat_statements</c>.</summary>
    public static StatementCounts? Start(string connectionString)
    {
        var counts = new StatementCounts(connectionString);
        try
        {
            counts.Execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            counts.Execute("SELECT pg_stat_statements_reset()");
        }
        catch (PostgresException e)
        {
            Console.WriteLine($"  pg_stat_statements is not available ({e.MessageText}): start the server with -c shared_preload_libraries=pg_stat_statements");
            return null;
        }

        counts.commitsBefore = counts.Commits();
        counts.walSyncsBefore = counts.WalSyncs();
        return counts;
    }

    public void Print(int documents)
    {
        var commits = Commits() - commitsBefore;
        var walSyncs = WalSyncs() - walSyncsBefore;
        var rows = new List<(string Query, long Calls, double Milliseconds)>();
        using (var connection = Open())
        using (var command = new NpgsqlCommand(
            "SELECT query, calls, total_exec_time FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
            }
        }

        // Our own bookkeeping (the reset, this query, the benchmark's polls of the ledger) is not the service's cost.
        rows.RemoveAll(r => r.Query.Contains("pg_stat_statements", StringComparison.Ordinal) || r.Query.Contains("SELECT COUNT(*) FROM documents WHERE state", StringComparison.Ordinal));
        double PerDocument(Func<(string Query, long Calls, double Milliseconds), bool> which) => rows.Where(which).Sum(r => r.Calls) / (double)documents;
        var control = new[] { "BEGIN", "COMMIT", "ROLLBACK", "DISCARD ALL" };
        bool IsControl((string Query, long Calls, double Milliseconds) r) => control.Any(c => r.Query.StartsWith(c, StringComparison.OrdinalIgnoreCase));
        bool IsHangfire((string Query, long Calls, double Milliseconds) r) =>
            !IsControl(r) && (r.Query.Contains("hangfire", StringComparison.OrdinalIgnoreCase) || r.Query.Contains("new_job", StringComparison.Ordinal));

        Console.WriteLine(Invariant($"  per document, pg_stat_statements over {documents} documents: {PerDocument(r => !IsControl(r)):F1} statements ")
            + Invariant($"(Hangfire {PerDocument(IsHangfire):F1}, ledger and other {PerDocument(r => !IsControl(r) && !IsHangfire(r)):F1}), ")
            + Invariant($"BEGIN {PerDocument(r => r.Query.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase)):F1}, ")
            + Invariant($"DISCARD ALL {PerDocument(r => r.Query.StartsWith("DISCARD ALL", StringComparison.OrdinalIgnoreCase)):F1}, ")
            + Invariant($"commits (pg_stat_database) {commits / (double)documents:F1}, ")
            + Invariant($"WAL flushes to disk (pg_stat_wal, the whole server) {walSyncs / (double)documents:F2}, server execution time {rows.Sum(r => r.Milliseconds) / documents:F2} ms"));
        foreach (var (query, calls, milliseconds) in rows.OrderByDescending(r => r.Calls).Take(12))
        {
            var text = string.Join(' ', query.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
            Console.WriteLine(Invariant($"    {calls / (double)documents,5:F2} x {milliseconds / calls,6:F3} ms  {(text.Length > 110 ? text[..110] : text)}"));
        }
    }

    // The statistics collector publishes a backend's counts when it goes idle; a snapshot taken at once can lag by a transaction or two.
    private long Commits() => Counter("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");

    // Each is one fsync of the WAL: what a synchronous commit waits for.
    private long WalSyncs() => Counter("SELECT wal_sync FROM pg_stat_wal");

    private long Counter(string query)
    {
        using var connection = Open();
#pragma warning disable CA2100 // Constant statements of this class.
        using var command = new NpgsqlCommand("SELECT pg_stat_clear_snapshot(); " + query, connection);
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        reader.NextResult();
        reader.Read();
        return reader.GetInt64(0);
    }

    private void Execute(string sql)
    {
        using var connection = Open();
#pragma warning disable CA2100 // Constant statements of this class.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
