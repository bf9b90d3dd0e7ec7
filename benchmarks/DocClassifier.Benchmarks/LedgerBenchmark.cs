using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DocClassifier.Storage;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Ledger operations per second on SQLite and on PostgreSQL, as the service issues them: intake records a
/// document, a worker moves it Received → Processing → PendingReview, a reviewer claims it and decides.
/// Each operation is its own transaction, as in the service. Intake also runs from two threads at once
/// (two nodes, or intake beside a worker).
/// </summary>
internal static class LedgerBenchmark
{
    public static int Run(int count, string? postgres)
    {
        var folder = Directory.CreateTempSubdirectory("docclassifier-ledger-").FullName;
        try
        {
            Console.WriteLine($"{count} documents per storage; {Environment.ProcessorCount} cores");
            Console.WriteLine($"{"storage",-10} {"operation",-52} {"ops/s",9} {"mean ms",8}");
            Measure("sqlite", new SqliteDocumentLedger(Path.Combine(folder, "ledger.db")), count);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (postgres is not null)
            {
                using var database = ScratchDatabase.Create(postgres);
                using var ledger = new PostgresDocumentLedger(database.ConnectionString);
                Measure("postgres", ledger, count);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(string storage, SqlLedgerDatabase ledger, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, count).Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))).ToList();
        NewDocument New(string id) => new(id, $"scan-{id[..8]}.pdf", "counter-1", now, $"archive/{id}.pdf");

        // Warm-up: connections, prepared statements, JIT.
        foreach (var id in Enumerable.Range(0, 50).Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))))
        {
            ledger.TryRecord(New(id), "intake");
            ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
            ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "system") { ErrorCode = "CorruptFile" });
        }

        Report(storage, "intake: record a new document", count, Timing.Seconds(() => ids.ForEach(id => ledger.TryRecord(New(id), "intake"))));
        Report(storage, "intake: a known document again (duplicate check)", count, Timing.Seconds(() => ids.ForEach(id => ledger.TryRecord(New(id), "intake"))));
        Report(storage, "worker: Received -> Processing", count, Timing.Seconds(() => ids.ForEach(id => ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker")))));
        Report(storage, "worker: Processing -> PendingReview (label, conf.)", count, Timing.Seconds(() => ids.ForEach(id => ledger.TryChange(
            id,
            new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:bench") { Label = "stamp-tax", Confidence = 0.42 }))));

        var claim = new Stopwatch();
        var decide = new Stopwatch();
        var reviewed = 0;
        while (true)
        {
            claim.Start();
            var item = ledger.TryClaimNext("reviewer:bench", new DocumentQuery(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10));
            claim.Stop();
            if (item is null)
            {
                break;
            }

            decide.Start();
            ledger.TryChange(item.Id, new StateChange(DocumentState.PendingReview, DocumentState.Delivered, "reviewer:bench") { Label = "stamp-tax", Confidence = 1 });
            decide.Stop();
            reviewed++;
        }

        Report(storage, $"review: claim the next item (queue of {count} → 0)", reviewed, claim.Elapsed.TotalSeconds);
        Report(storage, "review: decide (PendingReview -> Delivered)", reviewed, decide.Elapsed.TotalSeconds);

        var more = Enumerable.Range(0, count).Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))).ToList();
        Report(storage, "intake: record a new document, 2 threads", count, Timing.Seconds(() => Parallel.ForEach(more, new ParallelOptions { MaxDegreeOfParallelism = 2 }, id => ledger.TryRecord(New(id), "intake"))));
        Console.WriteLine(Invariant($"{storage,-10} ledger rows at the end: {ledger.Count(DocumentState.Delivered) + ledger.Count(DocumentState.Received) + ledger.Count(DocumentState.Failed)}"));
    }

    private static void Report(string storage, string operation, int count, double seconds) =>
        Console.WriteLine(Invariant($"{storage,-10} {operation,-52} {count / seconds,9:F0} {seconds * 1000 / count,8:F2}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
