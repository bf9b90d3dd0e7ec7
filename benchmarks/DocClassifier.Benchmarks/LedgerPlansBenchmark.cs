using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DocClassifier.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DocClassifier.Benchmarks;

/// <summary>
/// The ledger's read paths on a PostgreSQL ledger of many documents: a scratch database is migrated as the service does,
/// filled by COPY (documents in every state, three audit entries each), analysed, and then each query the service runs
/// against a big ledger is shown with its plan (<c>EXPLAIN (ANALYZE, BUFFERS)</c>: the nodes, rows, buffers, time) and
/// timed through the ledger's own API: the review queue's next item, search by label and date, the unfinished documents
/// at start-up. Also prints the ledger's size per document.
/// </summary>
internal static class LedgerPlansBenchmark
{
    private static readonly string[] Labels = ["house-tax-relief", "stamp-tax", "land-value-tax", "vehicle-license-tax", "entertainment-tax", "tax-refund", "address-change", "installment", "objection", "other"];

    public static int Run(int documents, int waiting, string postgres)
    {
        using var database = ScratchDatabase.Create(postgres);
        using var ledger = new PostgresDocumentLedger(database.ConnectionString);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var fill = Timing.Seconds(() => Fill(database.ConnectionString, documents, waiting, start));
        Console.WriteLine(Invariant($"{documents:N0} documents ({waiting:N0} waiting for review, {documents / 50:N0} unfinished), 3 audit entries each, COPY + ANALYZE in {fill:F1} s; load average {Timing.LoadAverage()}"));
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        var bytes = Convert.ToInt64(Scalar(connection, "SELECT pg_database_size(current_database())"), CultureInfo.InvariantCulture);
        Console.WriteLine(Invariant($"database size {bytes / 1048576.0:F0} MB, {bytes / (double)documents:F0} bytes per document (tables, indexes, audit; Hangfire's schema not included)"));

        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var pending = nameof(DocumentState.PendingReview);
        var middle = start.AddDays(180).ToUnixTimeMilliseconds();
        var claimable = "(claimed_by IS NULL OR claim_expires_at < @now OR claimed_by = @reviewer)";
        Explain(connection, "review: the reviewer's own claim (first of TryClaimNext's two queries)", $"SELECT id FROM documents WHERE 1 = 1 AND state = '{pending}' AND claimed_by = 'bench' ORDER BY received_at, id LIMIT 1");
        Explain(connection, "review: the oldest free item (the second)", $"SELECT id FROM documents WHERE 1 = 1 AND state = '{pending}' AND {claimable.Replace("@now", now.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("@reviewer", "'bench'", StringComparison.Ordinal)} ORDER BY received_at, id LIMIT 1");
        Explain(connection, "search: label, newest first", $"SELECT id FROM documents WHERE 1 = 1 AND label = 'stamp-tax' ORDER BY received_at DESC, id DESC LIMIT 100 OFFSET 0");
        Explain(connection, "search: label and a month", $"SELECT id FROM documents WHERE 1 = 1 AND label = 'stamp-tax' AND received_at >= {middle} AND received_at < {middle + (30L * 86_400_000)} ORDER BY received_at DESC, id DESC LIMIT 100 OFFSET 0");
        Explain(connection, "search: a month, any label", $"SELECT id FROM documents WHERE 1 = 1 AND received_at >= {middle} AND received_at < {middle + (30L * 86_400_000)} ORDER BY received_at DESC, id DESC LIMIT 100 OFFSET 0");
        Explain(connection, "start-up: the unfinished documents", "SELECT id FROM documents WHERE state IN ('Processing', 'Decided', 'Received') ORDER BY received_at, id");
        Explain(connection, "a document's history", "SELECT seq FROM audit WHERE document_id = (SELECT id FROM documents LIMIT 1) ORDER BY seq");

        Console.WriteLine("\nthrough the ledger's API (50 calls each, after 5 to warm up; ms)");
        Time("review: claim the next item (TryClaimNext)", i => ledger.TryClaimNext($"bench-{i % 5}", new DocumentQuery(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)));
        Time("search: label, newest first, 100", i => ledger.Search(new DocumentQuery { Label = Labels[i % Labels.Length], NewestFirst = true }));
        Time("search: label and a month, 100", i => ledger.Search(new DocumentQuery { Label = Labels[i % Labels.Length], From = start.AddDays(i * 5), To = start.AddDays((i * 5) + 30), NewestFirst = true }));
        Time("search: a month, any label, 100", i => ledger.Search(new DocumentQuery { From = start.AddDays(i * 5), To = start.AddDays((i * 5) + 30), NewestFirst = true }));
        Time("start-up: the unfinished documents", _ => ledger.InStates([DocumentState.Processing, DocumentState.Decided, DocumentState.Received], int.MaxValue));
        return 0;
    }

    private static void Fill(string connectionString, int documents, int waiting, DateTimeOffset start)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var received = start.ToUnixTimeMilliseconds();
        var random = new Random(21);
        var ids = new string[documents];
        using (var copy = connection.BeginBinaryImport("COPY documents (id, original_file_name, source_folder, received_at, archive_path, state, label, confidence, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < documents; i++)
            {
                // Spread over a year in order of arrival; the newest `waiting` wait for review, one in fifty is unfinished.
                var id = ids[i] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
                var at = received + ((long)i * 365 * 86_400_000 / documents);
                var state = i >= documents - waiting ? DocumentState.PendingReview : i % 50 == 0 ? DocumentState.Processing : i % 20 == 1 ? DocumentState.Failed : DocumentState.Delivered;
                copy.StartRow();
                copy.Write(id);
                copy.Write($"scan-{i:D6}.pdf");
                copy.Write($"counter-{i % 7}");
                copy.Write(at, NpgsqlDbType.Bigint);
                copy.Write($"archive/2026/{id}.pdf");
                copy.Write(state.ToString());
                copy.Write(Labels[random.Next(Labels.Length)]);
                copy.Write(random.NextDouble(), NpgsqlDbType.Double);
                copy.Write(at + 2000, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("COPY audit (document_id, at, actor, from_state, to_state, detail, actor_kind, action) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var at = received + ((long)i * 365 * 86_400_000 / documents);
                foreach (var (from, to, actor) in new[] { ((string?)null, "Received", "intake"), ("Received", "Processing", "worker"), ("Processing", "Delivered", "model:bench") })
                {
                    copy.StartRow();
                    copy.Write(id);
                    copy.Write(at, NpgsqlDbType.Bigint);
                    copy.Write(actor);
                    copy.Write(from, NpgsqlDbType.Text);
                    copy.Write(to);
                    copy.Write<string?>(null, NpgsqlDbType.Text);
                    copy.Write(actor == "intake" ? "intake" : "model");
                    copy.Write("state");
                }
            }

            copy.Complete();
        }

        using var analyse = new NpgsqlCommand("VACUUM ANALYZE", connection);
        analyse.ExecuteNonQuery();
    }

    /// <summary>Prints the plan's nodes (one line each, indented), the buffers it touched and the server's time.</summary>
    private static void Explain(NpgsqlConnection connection, string name, string sql)
    {
        Console.WriteLine($"\n{name}");
#pragma warning disable CA2100 // Statements built in this class from constants.
        using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = reader.GetString(0);
            if (line.Contains("->", StringComparison.Ordinal) || !line.StartsWith(' ') || line.Contains("Buffers", StringComparison.Ordinal) || line.Contains("Index Cond", StringComparison.Ordinal))
            {
                Console.WriteLine("  " + line);
            }
        }
    }

    private static void Time(string name, Action<int> call)
    {
        for (var i = 0; i < 5; i++)
        {
            call(i);
        }

        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            call(i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(Invariant($"  {name,-44} median {times[25],7:F2}  p90 {times[45],7:F2}  max {times[^1],7:F2}"));
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
#pragma warning disable CA2100 // Constant statements of this class.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
