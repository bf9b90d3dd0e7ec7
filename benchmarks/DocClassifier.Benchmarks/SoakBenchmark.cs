using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Npgsql;

namespace DocClassifier.Benchmarks;

/// <summary>
/// A long run of one node: born-digital PDFs dropped batch after batch into a service that keeps running, so the
/// ledger and Hangfire's tables grow as they would over weeks. Per batch: the rate, the service's processor time a
/// document (the rate's counterpart that the machine's load does not move), its resident memory, the review queue's
/// length and how long its next-item call takes, and the database's connections. At the end: the spread of the
/// batches' rates and the store's size per document. Result files are removed after each batch, as the RPA bots
/// would take them; the archive keeps every original.
/// </summary>
internal static class SoakBenchmark
{
    // Distinct documents to render; every file dropped is one of them with its own trailing comment, so its SHA-256
    // (the document's id) is new while its text, and the work it takes, stay realistic.
    private const int DistinctDocuments = 1000;
    private const int WarmUpDocuments = 1000;
    private const int NextItemCalls = 20;

    public static Command Command()
    {
        var documents = new Option<int>("--documents") { Description = "Documents in all, after the warm-up.", DefaultValueFactory = _ => 100_000 };
        var batch = new Option<int>("--batch") { Description = "Documents dropped at once; one line of numbers a batch.", DefaultValueFactory = _ => 10_000 };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL server's connection string (a scratch database is made on it); without it, the embedded SQLite store." };
        var command = new Command("soak", "One node through many batches of born-digital PDFs: rate, processor time, memory and the review queue per batch; store size per document.")
        {
            documents, batch, postgres,
        };
        command.SetAction(r => Run(r.GetValue(documents), r.GetValue(batch), r.GetValue(postgres)));
        return command;
    }

    private static int Run(int documents, int batch, string? postgres)
    {
        if (documents < 1 || batch < 1)
        {
            Console.Error.WriteLine("--documents and --batch must be at least 1.");
            return 2;
        }

        var root = Directory.CreateTempSubdirectory("docclassifier-soak-").FullName;
        try
        {
            var generated = Timing.Seconds(() => BenchmarkFiles.BornDigitalPdfs(Path.Combine(root, "distinct"), DistinctDocuments, 11));
            var distinct = Directory.GetFiles(Path.Combine(root, "distinct")).Order(StringComparer.Ordinal).ToList();
            Console.WriteLine(Invariant($"{Environment.ProcessorCount} cores; storage {(postgres is null ? "sqlite" : "postgres")}; one node; {documents:N0} documents in batches of {batch:N0} after {WarmUpDocuments:N0} to warm up"));
            Console.WriteLine(Invariant($"{DistinctDocuments} distinct born-digital PDFs (SkiaSharp) generated in {generated:F0} s; each dropped file is one of them with a comment of its own appended"));

            using var database = postgres is null ? null : ScratchDatabase.Create(postgres);
            var service = Path.Combine(root, "service");
            using var node = ServiceProcess.Start(service, database?.ConnectionString, ServiceBenchmark.Quiet, "all", line => Console.Error.WriteLine($"  service: {line}"));
            node.WaitReady(TimeSpan.FromMinutes(2));
            var ledger = Ledger(service, database?.ConnectionString);
            using var closeLedger = ledger as IDisposable;
            var inbox = Directory.CreateDirectory(Path.Combine(service, "inbox")).FullName;

            var dropped = 0;
            Drop(root, inbox, distinct, "warm-up", dropped, WarmUpDocuments);
            dropped += WarmUpDocuments;
            WaitFor(ledger, dropped);
            Console.WriteLine(Invariant($"warm-up finished; load average {Timing.LoadAverage()}"));
            Console.WriteLine("batch  documents   seconds   docs/s   cpu ms/doc   RSS MB   review waiting   next item ms (median p90)   db connections   load average");

            var rates = new List<double>();
            var cpuPerDocument = new List<double>();
            var memory = new List<double>();
            for (var number = 1; dropped - WarmUpDocuments < documents; number++)
            {
                var count = Math.Min(batch, documents - (dropped - WarmUpDocuments));
                var staged = Drop(root, inbox, distinct, $"batch-{number}", dropped, count, stageOnly: true);
                var cpuBefore = node.ProcessorSeconds();
                var watch = Stopwatch.StartNew();
                MoveAll(staged, inbox);
                dropped += count;
                WaitFor(ledger, dropped);
                var seconds = watch.Elapsed.TotalSeconds;
                var cpu = (node.ProcessorSeconds() - cpuBefore) * 1000 / count;
                var rss = node.RssMegabytes();
                var waiting = ledger.Count(DocumentState.PendingReview);
                var (median, p90) = NextItem(ledger, number);
                rates.Add(count / seconds);
                cpuPerDocument.Add(cpu);
                memory.Add(rss);
                Console.WriteLine(Invariant($"{number,5}  {dropped - WarmUpDocuments,9:N0}  {seconds,8:F1}  {count / seconds,7:F1}  {cpu,11:F1}  {rss,7:F0}  {waiting,15:N0}  {median,14:F2} {p90,8:F2}  {Connections(database?.ConnectionString),15}   {Timing.LoadAverage()}"));
                ConsumeResults(Path.Combine(service, "results"));
            }

            Console.WriteLine(Invariant($"rate per batch: mean {rates.Average():F1} docs/s, lowest {Spread(rates.Min(), rates)}, highest {Spread(rates.Max(), rates)} of the mean"));
            Console.WriteLine(Invariant($"service processor time a document: mean {cpuPerDocument.Average():F1} ms, lowest {Spread(cpuPerDocument.Min(), cpuPerDocument)}, highest {Spread(cpuPerDocument.Max(), cpuPerDocument)} of the mean"));
            Console.WriteLine(Invariant($"resident memory after each batch: {memory.Min():F0}-{memory.Max():F0} MB; peak {node.PeakRssMegabytes():F0} MB"));
            Console.WriteLine(Invariant($"outcomes: {string.Join(", ", Enum.GetValues<DocumentState>().Select(s => (State: s, Count: ledger.Count(s))).Where(c => c.Count > 0).Select(c => $"{c.State} {c.Count:N0}"))}"));
            PrintSize(service, database?.ConnectionString, dropped);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static SqlLedgerDatabase Ledger(string service, string? postgres) =>
        postgres is null ? new SqliteDocumentLedger(Path.Combine(service, "ledger.db")) : new PostgresDocumentLedger(postgres);

    /// <summary>Stages <paramref name="count"/> files (each a distinct document with its own appended comment) and, unless only staging, drops them.</summary>
    private static string Drop(string root, string inbox, List<string> distinct, string name, int first, int count, bool stageOnly = false)
    {
        var staging = Directory.CreateDirectory(Path.Combine(root, "staging", name)).FullName;
        Parallel.For(0, count, i =>
        {
            var number = first + i;
            var source = distinct[number % distinct.Count];
            var target = Path.Combine(staging, Invariant($"soak-{number:D7}.pdf"));
            File.Copy(source, target);

            // Bytes after %%EOF are ignored by PDF readers; this comment only makes the file's hash its own.
            File.AppendAllText(target, Invariant($"\n%soak {number}\n"));
        });
        if (!stageOnly)
        {
            MoveAll(staging, inbox);
        }

        return staging;
    }

    private static void MoveAll(string staging, string inbox)
    {
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
    }

    private static void WaitFor(SqlLedgerDatabase ledger, int expected)
    {
        var progress = Stopwatch.StartNew();
        var count = 0;
        while (count < expected)
        {
            Thread.Sleep(1000);
            var now = ServiceBenchmark.Finished.Sum(ledger.Count);
            if (now > count)
            {
                progress.Restart();
            }
            else if (progress.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"No document finished for 10 minutes ({now} of {expected} finished).");
            }

            count = now;
        }
    }

    /// <summary>The review queue's next-item call as a new reviewer makes it (each call claims another waiting item).</summary>
    private static (double Median, double P90) NextItem(SqlLedgerDatabase ledger, int batch)
    {
        var times = new List<double>();
        for (var i = 0; i < NextItemCalls; i++)
        {
            var watch = Stopwatch.StartNew();
            ledger.TryClaimNext(Invariant($"soak-{batch}-{i}"), new DocumentQuery(), DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.9)]);
    }

    private static string Connections(string? postgres)
    {
        if (postgres is null)
        {
            return "-";
        }

        using var connection = new NpgsqlConnection(postgres);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()", connection);
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
    }

    /// <summary>The RPA bots take the result files: what stays is the ledger, Hangfire's tables and the archive.</summary>
    private static void ConsumeResults(string results)
    {
        if (Directory.Exists(results))
        {
            foreach (var label in Directory.EnumerateDirectories(results))
            {
                Directory.Delete(label, recursive: true);
            }
        }
    }

    private static void PrintSize(string service, string? postgres, int documents)
    {
        if (postgres is null)
        {
            var bytes = Directory.EnumerateFiles(service, "*.db*").Sum(f => new FileInfo(f).Length);
            Console.WriteLine(Invariant($"SQLite files (ledger and Hangfire): {bytes / 1048576.0:F0} MB, {bytes / (double)documents:F0} bytes a document"));
            return;
        }

        using var connection = new NpgsqlConnection(postgres);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT n.nspname, sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') GROUP BY n.nspname ORDER BY n.nspname",
            connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var bytes = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
            Console.WriteLine(Invariant($"schema {reader.GetString(0)}: {bytes / 1048576.0:F0} MB with indexes and TOAST, {bytes / documents:F0} bytes a document"));
        }
    }

    private static string Spread(double value, List<double> values) => Invariant($"{(value / values.Average() - 1) * 100:+0.0;-0.0} %");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
