using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Samples;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Benchmarks;

/// <summary>
/// The service end to end (<c>docclassifier run</c> as a child process, files moved into its inbox at
/// once into a warmed-up service, timed until the ledger shows every document finished) against the anchors on the same files:
/// <c>pdftotext</c> for born-digital PDFs; the <c>tesseract</c> CLI and our extraction alone for scanned pages;
/// <c>ocrmypdf</c> for scanned PDFs.
/// </summary>
internal static class ServiceBenchmark
{
    // Enough to load the model and the OCR engines, and for the tiered JIT to finish recompiling PdfPig's hot paths:
    // after 200 documents it still took a sixth of the service's CPU. The warm-up's own rate is printed too.
    private const int DefaultWarmUpDocuments = 1000;
    private const int WarmUpPages = 2;

    // Scanned pages into the service before the measured batch: a method the service calls once a document (ledger, Hangfire,
    // classifier, fields, results) is recompiled by the tiered JIT after 30 calls, so with 2 pages that recompiling fell inside
    // the measured batch (perf: the JIT took about a tenth of the service's processor time on 16 pages). With 32 it still did:
    // the recompiling starts only once no new method has been compiled for a while, and came in a burst some 25 pages into
    // the measured batch (perf over the service, 2026-12-05: 123 JIT samples of 385 more than extraction alone; with 64, 15).
    private const int DefaultWarmUpScannedPages = 64;
    private const int PagesPerScannedPdf = 3;

    /// <summary>The states a document ends a run in.</summary>
    internal static readonly DocumentState[] Finished = [DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed, DocumentState.Duplicate];

    // 0: one node does everything (role all); N: an intake node plus N worker processes sharing the cores.
    private static int nodes;
    private static int warmUpDocuments = DefaultWarmUpDocuments;
    private static int warmUpScannedPages = DefaultWarmUpScannedPages;
    private static bool anchors = true;
    private static int cpusPerWorker;
    private static bool perThousand;
    private static bool countStatements;
    private static int rounds;
    private static int pairedBatches;
    private static Dictionary<string, string> serviceSettings = [];

    public static int Run(int bornDigital, int scanned, string? postgres, int workerProcesses = 0, bool timeline = false, int scannedPdfs = 0, int printed = 0, ServiceRunOptions? more = null)
    {
        more ??= new ServiceRunOptions();
        if ((workerProcesses > 0 || more.Rounds > 0 || more.Statements) && postgres is null)
        {
            Console.Error.WriteLine("--worker-processes, --ab-rounds and --pg-statements need --postgres.");
            return 2;
        }

        nodes = workerProcesses;
        perThousand = timeline;
        cpusPerWorker = more.CpusPerWorker;
        warmUpDocuments = more.WarmUpDocuments ?? DefaultWarmUpDocuments;
        warmUpScannedPages = more.WarmUpPages ?? DefaultWarmUpScannedPages;
        anchors = !more.SkipAnchors;
        if (cpusPerWorker > 0 && (nodes == 0 || nodes * cpusPerWorker > Environment.ProcessorCount))
        {
            Console.Error.WriteLine($"--cpus-per-worker needs --worker-processes, and {nodes} x {cpusPerWorker} cores must fit in this machine's {Environment.ProcessorCount}.");
            return 2;
        }

        countStatements = more.Statements;
        rounds = more.Rounds;
        pairedBatches = more.PairedBatches;
        serviceSettings = more.Settings;
        var root = Directory.CreateTempSubdirectory("docclassifier-service-").FullName;
        try
        {
            Console.WriteLine($"{Environment.ProcessorCount} cores; storage {(postgres is null ? "sqlite (embedded default)" : "postgres")}; "
                + (nodes == 0 ? "one node (role all)" : $"an intake node and {nodes} worker processes with {WorkersPerProcess} Hangfire worker(s) each")
                + (cpusPerWorker == 0 ? string.Empty : $"; worker process i pinned to cores [{string.Join("] [", Enumerable.Range(0, nodes).Select(WorkerCpus))}], the intake node to {IntakeCpus ?? "all cores (none left over)"}"));
            if (bornDigital > 0)
            {
                BornDigital(root, bornDigital, postgres, printed: false);
            }

            if (printed > 0)
            {
                BornDigital(root, printed, postgres, printed: true);
            }

            if (scanned > 0 && pairedBatches > 0)
            {
                ScannedPaired(root, scanned, postgres);
            }
            else if (scanned > 0)
            {
                Scanned(root, scanned, postgres);
            }

            if (scannedPdfs > 0)
            {
                ScannedPdfs(root, scannedPdfs, postgres);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Born-digital PDFs as SkiaSharp writes them (CJK text in Type 3 fonts) or as a browser prints them (CID TrueType subsets).</summary>
    private static void BornDigital(string root, int count, string? postgres, bool printed)
    {
        var watch = Stopwatch.StartNew();
        var kind = printed ? "printed" : "born-digital";
        Func<string, int, int, List<string>> make = printed ? BenchmarkFiles.BrowserPrintedPdfs : BenchmarkFiles.BornDigitalPdfs;
        var files = make(Path.Combine(root, kind), count, 11);
        var warmUp = make(Path.Combine(root, kind + "-warm-up"), warmUpDocuments, 12);
        var megabytes = files.Sum(f => new FileInfo(f).Length) / 1048576.0;
        var description = printed ? "born-digital PDFs printed by Chromium (CID TrueType font subsets)" : "born-digital PDFs written by SkiaSharp (CJK text in Type 3 fonts)";
        Console.WriteLine(Invariant($"\n{count} {description} ({megabytes:F0} MB), generated in {watch.Elapsed.TotalSeconds:F0} s"));

        var workers = Environment.ProcessorCount;
        if (anchors)
        {
            var pdftotext = Timing.Seconds(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, f => ExternalTool.RunChecked("pdftotext", f, "-")));
            Report($"pdftotext, {workers} at a time", count, pdftotext, "docs");
        }

        var rates = new Dictionary<string, List<double>>();
        foreach (var (store, connection, run) in Stores(postgres))
        {
            var service = EndToEnd(Path.Combine(root, $"service-{kind}-{store}-{run}"), warmUp, files, connection);
            Report("docclassifier run, inbox to result", count, service.Seconds, "docs");
            rates.TryAdd(store, []);
            rates[store].Add(count / service.Seconds);
            Console.WriteLine(Invariant($"  the warm-up batch before it, {warmUpDocuments} documents into a service just started: {warmUpDocuments / service.WarmUpSeconds:F1} docs/s"));
            Console.WriteLine(Invariant($"  outcomes: {service.Outcomes}; peak RSS of the service {service.PeakRss:F0} MB with {count} files dropped at once"));
            Console.WriteLine($"  finished per interval (docs/s): {service.Timeline}");
            Console.WriteLine(Invariant($"  processor time a document: {service.ProcessorTimePer(count)}"));
            if (perThousand)
            {
                Console.WriteLine($"  docs/s per 1,000 finished (in order of finishing): {service.PerThousand}");
            }
        }

        PrintRatio(rates, "docs");
    }

    /// <summary>
    /// The store of each run: the one asked for, or with <c>--ab-rounds</c> SQLite and PostgreSQL in turn (A/B/A/B), so a
    /// change in the machine's load hits both. Each run's line names the store and the load average as it starts.
    /// </summary>
    private static IEnumerable<(string Store, string? Connection, int Run)> Stores(string? postgres)
    {
        var runs = rounds == 0
            ? [(postgres is null ? "sqlite" : "postgres", postgres, 1)]
            : Enumerable.Range(1, rounds).SelectMany(r => new[] { ("sqlite", (string?)null, r), ("postgres", postgres, r) });
        foreach (var (store, connection, run) in runs)
        {
            Console.WriteLine(Invariant($"  [{store}{(rounds == 0 ? string.Empty : $", round {run}")}] load average {Timing.LoadAverage()}"));
            yield return (store, connection, run);
        }
    }

    private static void PrintRatio(Dictionary<string, List<double>> rates, string unit)
    {
        if (rates.TryGetValue("sqlite", out var sqlite) && rates.TryGetValue("postgres", out var postgres))
        {
            static string Rates(List<double> rates) => string.Join(" ", rates.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine(Invariant($"  PostgreSQL / SQLite, same files, runs interleaved: {postgres.Average() / sqlite.Average():F3} ")
                + Invariant($"(mean {unit}/s: SQLite {sqlite.Average():F2} [{Rates(sqlite)}], PostgreSQL {postgres.Average():F2} [{Rates(postgres)}])"));
        }
    }

    private static void Scanned(string root, int count, string? postgres)
    {
        var all = BenchmarkFiles.ScannedPages(Path.Combine(root, "scanned"), count + warmUpScannedPages);
        var warmUp = all[..warmUpScannedPages];
        var files = all[warmUpScannedPages..];
        Console.WriteLine($"\n{count} scanned Chinese A4 pages at 300 dpi (PNG), after {warmUpScannedPages} to warm up (the service and extraction alone alike)");

        // Extraction alone runs before and after the service: on a shared machine the speed drifts by more
        // than the overhead being measured, so the service is compared with the mean of the two.
        var workers = Environment.ProcessorCount;
        var cli = Timing.Seconds(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, f => TesseractCli.Recognize(f, "chi_tra")));
        Report($"tesseract CLI -l chi_tra, {workers} at a time", count, cli, "pages");
        var (before, beforeProcessor) = ExtractionAlone(warmUp, files);
        Report($"extraction alone, {Environment.ProcessorCount} threads (before)", count, before, "pages");
        var rates = new Dictionary<string, List<double>>();
        var runs = new List<(string Store, EndToEndResult Service)>();
        foreach (var (store, connection, run) in Stores(postgres))
        {
            var service = EndToEnd(Path.Combine(root, $"service-scanned-{store}-{run}"), warmUp, files, connection);
            Report("docclassifier run, inbox to result", count, service.Seconds, "pages");
            rates.TryAdd(store, []);
            rates[store].Add(count / service.Seconds);
            runs.Add((store, service));

            // With rounds, extraction alone runs again after each pair, so every service run lies between two of its runs.
            if (rounds == 0 || store == "postgres")
            {
                var (after, afterProcessor) = ExtractionAlone(warmUp, files);
                Report($"extraction alone, {Environment.ProcessorCount} threads (after)", count, after, "pages");
                var alone = (before + after) / 2;
                var aloneProcessor = (beforeProcessor + afterProcessor) / 2;
                foreach (var (name, done) in runs)
                {
                    Console.WriteLine(Invariant($"  [{name}] outcomes: {done.Outcomes}; overhead of the service over extraction alone: {(done.Seconds / alone - 1) * 100:F1} %; the service at {cli / done.Seconds:F2}x the CLI; peak RSS {done.PeakRss:F0} MB (all its processes)"));
                    Console.WriteLine(Invariant($"  [{name}] processor time a page: {done.ProcessorTimePer(count)}; extraction alone {aloneProcessor / count * 1000:F0} ms ({(done.ProcessorSeconds / aloneProcessor - 1) * 100:F1} % more in the service)"));
                }

                runs.Clear();
                before = after;
                beforeProcessor = afterProcessor;
            }
        }

        PrintRatio(rates, "pages");
    }

    /// <summary>
    /// The scanned overhead pair by pair: one warm service per store takes <see cref="pairedBatches"/> batches of
    /// <paramref name="count"/> fresh pages, and extraction alone (this process, warm engines, every core) reads each batch
    /// right before or right after it, the order alternating (service first, then alone first, ...) so that a host speeding
    /// up or slowing down over a pair counts against each side equally often. Two runs minutes apart differ by more than
    /// the few per cent being measured; a pair's two runs are a minute apart at most.
    /// </summary>
    private static void ScannedPaired(string root, int count, string? postgres)
    {
        var all = BenchmarkFiles.ScannedPages(Path.Combine(root, "scanned"), warmUpScannedPages + (pairedBatches * count));
        var warmUp = all[..warmUpScannedPages];
        var batches = Enumerable.Range(0, pairedBatches).Select(i => all.GetRange(warmUpScannedPages + (i * count), count)).ToList();
        Console.WriteLine($"\n{pairedBatches} batches of {count} scanned Chinese A4 pages at 300 dpi (PNG) into one warm service (after {warmUpScannedPages} pages to warm up), each beside extraction alone on the same pages");

        using var extraction = new DocumentExtraction(new ExtractionOptions { MaxEngines = Environment.ProcessorCount });
        Extract(extraction, warmUp);
        foreach (var (store, connection, run) in Stores(postgres))
        {
            var baseDirectory = Path.Combine(root, $"service-paired-{store}-{run}");
            using var database = connection is null ? null : ScratchDatabase.Create(connection);
            var services = StartNodes(baseDirectory, database?.ConnectionString);
            using var stop = new Disposables(services);
            var ledger = LedgerOf(baseDirectory, database);
            var inbox = Directory.CreateDirectory(Path.Combine(baseDirectory, "inbox")).FullName;
            DropAndWait(Stage(Path.Combine(baseDirectory, "staging-warm-up"), warmUp), inbox, ledger, warmUp.Count);
            var expected = warmUp.Count;
            var pairs = new List<(double Wall, double Started, double Processor)>();
            for (var i = 0; i < batches.Count; i++)
            {
                var batch = batches[i];
                var staging = Stage(Path.Combine(baseDirectory, $"staging-{i}"), batch);
                expected += batch.Count;
                var taken = string.Empty;

                // The service's wall time from its first document started to its last finished: the batch without the intake's
                // stability wait and the hand-over to a worker, which a batch pays once and a steady stream hides.
                var fromFirstStarted = 0.0;
                (double Seconds, double Processor) Service()
                {
                    var before = services.Sum(s => s.ProcessorSeconds());
                    var dropped = DateTimeOffset.UtcNow;
                    var finished = DropAndWait(staging, inbox, ledger, expected).Where(d => d.ReceivedAt >= dropped).ToList();

                    // What the service still does after its last document (its ledger and Hangfire's bookkeeping) is its own.
                    Thread.Sleep(TimeSpan.FromSeconds(1));
                    var audit = ledger.AuditSince(dropped);
                    var end = finished.Max(d => d.UpdatedAt);
                    var started = FirstStarted(audit) ?? dropped;
                    taken = Invariant($"taken {(finished.Min(d => d.ReceivedAt) - dropped).TotalSeconds:F1}-{(finished.Max(d => d.ReceivedAt) - dropped).TotalSeconds:F1} s after the drop, ")
                        + WorkersBusy(audit, dropped, started, end);
                    fromFirstStarted = (end - started).TotalSeconds;
                    return ((end - dropped).TotalSeconds, services.Sum(s => s.ProcessorSeconds()) - before);
                }

                (double Seconds, double Processor) Alone() => Extract(extraction, batch);

                var serviceFirst = i % 2 == 0;
                var first = serviceFirst ? Service() : Alone();
                var second = serviceFirst ? Alone() : Service();
                var (service, alone) = serviceFirst ? (first, second) : (second, first);
                var pair = ((service.Seconds / alone.Seconds) - 1, (fromFirstStarted / alone.Seconds) - 1, (service.Processor / alone.Processor) - 1);
                pairs.Add(pair);
                Console.WriteLine(Invariant($"  [{store}] batch {i + 1} ({(serviceFirst ? "service first" : "alone first")}, load average {Timing.LoadAverage()}): the service {count / service.Seconds:F2} pages/s, {service.Processor / count * 1000:F0} ms a page, {taken}; extraction alone {count / alone.Seconds:F2} pages/s, {alone.Processor / count * 1000:F0} ms a page; overhead {pair.Item1 * 100:F1} % wall ({pair.Item2 * 100:F1} % from the first page started), {pair.Item3 * 100:F1} % processor"));
            }

            static double Median(IEnumerable<double> values)
            {
                var sorted = values.Order().ToList();
                return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            }

            Console.WriteLine(Invariant($"  [{store}] overhead of the service over extraction alone, {pairs.Count} pairs: median {Median(pairs.Select(p => p.Wall)) * 100:F1} % wall ({Median(pairs.Select(p => p.Started)) * 100:F1} % from the first page started), {Median(pairs.Select(p => p.Processor)) * 100:F1} % processor; mean {pairs.Average(p => p.Wall) * 100:F1} % wall ({pairs.Average(p => p.Started) * 100:F1} %), {pairs.Average(p => p.Processor) * 100:F1} % processor"));
        }
    }

    /// <summary>
    /// How much of a batch the workers spent on documents, from the ledger's audit: each document is being worked on from
    /// its move to Processing to its next state, and the service's workers (one per core) are busy while that many or more
    /// documents are; the rest of the time from the drop to the last document finished, they waited (for the intake, for
    /// a job, or in the tail when one worker has nothing left).
    /// </summary>
    private static string WorkersBusy(IReadOnlyList<AuditEntry> audit, DateTimeOffset dropped, DateTimeOffset first, DateTimeOffset end)
    {
        var events = new List<(DateTimeOffset At, int Change)>();
        foreach (var document in audit.GroupBy(a => a.DocumentId))
        {
            var ordered = document.OrderBy(a => a.At).ToList();
            var start = ordered.FindIndex(a => a.To == DocumentState.Processing);
            if (start >= 0 && start + 1 < ordered.Count)
            {
                events.Add((ordered[start].At, 1));
                events.Add((ordered[start + 1].At, -1));
            }
        }

        var workers = Environment.ProcessorCount;
        var busy = 0.0;
        var working = 0;
        var previous = dropped;
        foreach (var (at, change) in events.OrderBy(e => e.At))
        {
            busy += Math.Min(working, workers) * (at - previous).TotalSeconds;
            working += change;
            previous = at;
        }

        return Invariant($"first started {(first - dropped).TotalSeconds:F1} s after the drop, workers busy {busy / (workers * (end - dropped).TotalSeconds) * 100:F1} % of the batch");
    }

    // When the first of the batch's documents moved to Processing, from the ledger's audit; null when none did.
    private static DateTimeOffset? FirstStarted(IReadOnlyList<AuditEntry> audit) =>
        audit.Where(a => a.To == DocumentState.Processing).Select(a => (DateTimeOffset?)a.At).Min();

    /// <summary>Image-only PDFs (JPEG pages) through the service against <c>ocrmypdf</c>, as a bureau might otherwise get their text.</summary>
    private static void ScannedPdfs(string root, int count, string? postgres)
    {
        var folder = Path.Combine(root, "scanned-pdfs");
        var warmUp = new List<string> { ScannedForms.WritePdf(Path.Combine(folder, "warm-up.pdf"), WarmUpPages, seed: 900) };
        var files = Enumerable.Range(0, count).Select(i => ScannedForms.WritePdf(Path.Combine(folder, $"scan-{i:D4}.pdf"), PagesPerScannedPdf, seed: 1000 + i)).ToList();
        var pages = count * PagesPerScannedPdf;
        Console.WriteLine($"\n{count} scanned PDFs of {PagesPerScannedPdf} Chinese A4 pages (JPEG, 300 dpi), {pages} pages");

        var workers = Environment.ProcessorCount;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers };
        var output = Directory.CreateDirectory(Path.Combine(root, "ocrmypdf")).FullName;
        double? textOnly = null;
        if (ExternalTool.OnPath("ocrmypdf"))
        {
            // One page at a time per file (--jobs 1), two files at a time: the same use of the cores as the service's two workers.
            var pdfa = Timing.Seconds(() => Parallel.ForEach(files, parallel, f => ExternalTool.RunChecked("ocrmypdf", "-q", "--jobs", "1", "-l", "chi_tra", f, Path.Combine(output, Path.GetFileName(f)))));
            Report($"ocrmypdf (PDF/A), {workers} at a time", pages, pdfa, "pages");
            textOnly = Timing.Seconds(() => Parallel.ForEach(files, parallel, f => ExternalTool.RunChecked("ocrmypdf", "-q", "--jobs", "1", "-l", "chi_tra", "--output-type", "none", "--sidecar", Path.Combine(output, Path.GetFileName(f) + ".txt"), f, "-")));
            Report($"ocrmypdf text only, {workers} at a time", pages, textOnly.Value, "pages");
        }
        else
        {
            Console.WriteLine("ocrmypdf is not installed (scripts/setup.sh --benchmarks installs it): that anchor is skipped");
        }

        var service = EndToEnd(Path.Combine(root, "service-scanned-pdfs"), warmUp, files, postgres);
        Report("docclassifier run, inbox to result", pages, service.Seconds, "pages");
        Console.WriteLine(Invariant($"  outcomes: {service.Outcomes}; peak RSS {service.PeakRss:F0} MB (all its processes)")
            + (textOnly is { } anchor ? Invariant($"; the service at {anchor / service.Seconds:F2}x ocrmypdf text only") : string.Empty));
    }

    /// <summary>
    /// Our extraction on every core in this process, with warmed-up engines, as the service's workers would run it: wall
    /// seconds and this process's processor seconds (pdftoppm's included) for the files.
    /// </summary>
    private static (double Seconds, double Processor) ExtractionAlone(List<string> warmUp, List<string> files)
    {
        using var extraction = new DocumentExtraction(new ExtractionOptions { MaxEngines = Environment.ProcessorCount });
        Extract(extraction, warmUp);
        return Extract(extraction, files);
    }

    /// <summary>The files through the extraction on every core: wall seconds and this process's processor seconds (pdftoppm's included).</summary>
    private static (double Seconds, double Processor) Extract(DocumentExtraction extraction, List<string> files)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var processor = Timing.ProcessorSeconds();
        var seconds = Timing.Seconds(() => Parallel.ForEach(files, parallel, f => extraction.Extractor.Extract(f)));
        return (seconds, Timing.ProcessorSeconds() - processor);
    }

    /// <summary>The ledger the service of a run writes: its embedded SQLite file, or the run's scratch PostgreSQL database.</summary>
    private static IDocumentLedger LedgerOf(string baseDirectory, ScratchDatabase? database) =>
        database is null ? new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db")) : new PostgresDocumentLedger(database.ConnectionString);

    /// <summary>
    /// Starts the service, lets it finish a warm-up batch (a service runs for days: start-up, JIT and engine
    /// loading are not what a batch costs), then drops the measured batch at once and times it.
    /// </summary>
    private static EndToEndResult EndToEnd(string baseDirectory, List<string> warmUp, List<string> files, string? postgres)
    {
        using var database = postgres is null ? null : ScratchDatabase.Create(postgres);
        var warmUpStaging = Stage(Path.Combine(baseDirectory, "staging-warm-up"), warmUp);
        var staging = Stage(Path.Combine(baseDirectory, "staging"), files);

        var services = StartNodes(baseDirectory, database?.ConnectionString);
        using var stop = new Disposables(services);
        var ledger = LedgerOf(baseDirectory, database);
        var inbox = Path.Combine(baseDirectory, "inbox");
        Directory.CreateDirectory(inbox);

        var warmUpDropped = DateTimeOffset.UtcNow;
        var warmUpSeconds = (DropAndWait(warmUpStaging, inbox, ledger, warmUp.Count).Max(d => d.UpdatedAt) - warmUpDropped).TotalSeconds;
        var statements = countStatements && database is not null ? StatementCounts.Start(database.ConnectionString) : null;
        var server = database is null ? null : ServerProcessorTime.Of(database.ConnectionString);
        var serviceBefore = services.Sum(s => s.ProcessorSeconds());
        var serverBefore = server?.Seconds() ?? double.NaN;
        var dropped = DateTimeOffset.UtcNow;
        var finished = DropAndWait(staging, inbox, ledger, warmUp.Count + files.Count).Where(d => d.ReceivedAt >= dropped).ToList();
        var serviceProcessor = services.Sum(s => s.ProcessorSeconds()) - serviceBefore;
        var serverProcessor = (server?.Seconds() ?? double.NaN) - serverBefore;
        statements?.Print(files.Count);

        var peak = services.Sum(s => s.PeakRssMegabytes());
        var seconds = (finished.Max(d => d.UpdatedAt) - dropped).TotalSeconds;
        var outcomes = string.Join(", ", finished.GroupBy(d => d.State).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))
            + Invariant($"; all taken in {(finished.Max(d => d.ReceivedAt) - dropped).TotalSeconds:F1} s after the drop");
        return new EndToEndResult(seconds, outcomes, peak, Timeline(finished, dropped, seconds))
        {
            PerThousand = PerThousandRates(finished, dropped),
            WarmUpSeconds = warmUpSeconds,
            ProcessorSeconds = serviceProcessor,
            ServerProcessorSeconds = serverProcessor,
        };
    }

    // As the benchmark has always run the service: warnings only, and the default rescan (the tests' harness rescans every second).
    internal static readonly Dictionary<string, string> Quiet = new() { ["Logging__LogLevel__Default"] = "Warning", ["DOCCLASSIFIER__RESCANSECONDS"] = "30" };

    private static int WorkersPerProcess => cpusPerWorker > 0 ? cpusPerWorker : Math.Max(1, Environment.ProcessorCount / Math.Max(1, nodes));

    // Worker process i runs on cores i*K .. i*K+K-1; the intake node on the cores left over, or on all of them if none are.
    private static string WorkerCpus(int worker) => Invariant($"{worker * cpusPerWorker}-{((worker + 1) * cpusPerWorker) - 1}");

    private static string? IntakeCpus => nodes * cpusPerWorker < Environment.ProcessorCount
        ? Invariant($"{nodes * cpusPerWorker}-{Environment.ProcessorCount - 1}")
        : null;

    private static List<ServiceProcess> StartNodes(string baseDirectory, string? connection)
    {
        var pinned = cpusPerWorker > 0;
        List<ServiceProcess> services = nodes == 0
            ? [Start(baseDirectory, connection, Quiet, "all")]
            : [Start(baseDirectory, connection, Quiet, "intake", pinned ? IntakeCpus : null),
               .. Enumerable.Range(0, nodes).Select(i => Start(
                   baseDirectory, connection, new(Quiet) { ["DOCCLASSIFIER__WORKERS"] = WorkersPerProcess.ToString(CultureInfo.InvariantCulture) }, "worker", pinned ? WorkerCpus(i) : null))];
        foreach (var service in services)
        {
            service.WaitReady(TimeSpan.FromMinutes(2));
        }

        return services;
    }

    private static ServiceProcess Start(string baseDirectory, string? connection, Dictionary<string, string> settings, string role, string? cpus = null)
    {
        var all = new Dictionary<string, string>(settings);
        foreach (var (name, value) in serviceSettings)
        {
            all[name] = value;
        }

        return ServiceProcess.Start(baseDirectory, connection, all, role, line => Console.Error.WriteLine($"  service: {line}"), cpus);
    }

    /// <summary>Documents per second for each successive 1,000 to finish: a slowdown as the ledger grows shows here.</summary>
    private static string PerThousandRates(IReadOnlyList<LedgerDocument> finished, DateTimeOffset start)
    {
        var ends = finished.Select(d => d.UpdatedAt).Order().ToList();
        var rates = new List<string>();
        var previous = start;
        for (var i = 999; i < ends.Count; i += 1000)
        {
            rates.Add(Invariant($"{1000 / (ends[i] - previous).TotalSeconds:F0}"));
            previous = ends[i];
        }

        return string.Join(" ", rates);
    }

    private static string Stage(string staging, List<string> files)
    {
        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }

        return staging;
    }

    /// <summary>The drop: every file appears in the inbox within milliseconds (renames on one disk); then waits until the ledger shows them all finished.</summary>
    private static IReadOnlyList<LedgerDocument> DropAndWait(string staging, string inbox, IDocumentLedger ledger, int expected)
    {
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        // Counted, not listed, while waiting: reading thousands of rows twice a second would slow the service being measured.
        var deadline = Stopwatch.StartNew();
        var count = 0;
        while (count < expected)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"Only {count} of {expected} documents finished in 30 minutes.");
            }

            Thread.Sleep(500);
            count = Finished.Sum(ledger.Count);
        }

        return ledger.InStates(Finished, int.MaxValue);
    }

    /// <summary>Documents finished per second in ten equal intervals: a slowdown as the ledger grows shows here.</summary>
    private static string Timeline(IReadOnlyList<LedgerDocument> finished, DateTimeOffset start, double seconds)
    {
        const int Intervals = 10;
        var width = seconds / Intervals;
        var counts = new int[Intervals];
        foreach (var document in finished)
        {
            counts[Math.Clamp((int)((document.UpdatedAt - start).TotalSeconds / width), 0, Intervals - 1)]++;
        }

        return string.Join(" ", counts.Select(c => Invariant($"{c / width:F0}")));
    }

    private static void Report(string name, int count, double seconds, string unit) =>
        Console.WriteLine(Invariant($"{name,-36} {seconds,7:F1} s  {count / seconds,7:F2} {unit}/s"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
