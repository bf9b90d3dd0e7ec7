using System.Globalization;
using DocClassifier.Samples;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>
/// Real processes on a real PostgreSQL while things go wrong: a worker killed in the middle of a job,
/// the database restarted in the middle of a batch, the intake node restarted while its documents are
/// still queued or running. Every document still ends in exactly one place, and no job runs twice at once.
/// </summary>
[Category("Postgres")]
[Category("Service")]
// Its tests are independent too (each has its own database, or cluster, and folder): the longest waits overlap.
[Parallelizable(ParallelScope.All)]
public sealed class FaultToleranceTests
{
    private static readonly TimeSpan Invisibility = TimeSpan.FromSeconds(15);
    private static readonly DocumentState[] Terminal = [DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed];

    private PostgresServer server = null!;

    [OneTimeSetUp]
    public void StartDatabase() => server = PostgresServer.Start();

    [OneTimeTearDown]
    public void StopDatabase() => server.Dispose();

    [Test]
    public void KillingTheWorkerThatHoldsAJob_AnotherWorkerFinishesIt_AndALiveWorkersLongerJobIsNeverHandedOut()
    {
        using var folder = new TempFolder();
        var database = server.NewDatabase();
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var settings = new Dictionary<string, string>
        {
            ["DOCCLASSIFIER__WORKERS"] = "1",
            ["DOCCLASSIFIER__JOBINVISIBILITYSECONDS"] = Invisibility.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            [holds.Setting.Key] = holds.Setting.Value,
        };
        var staging = Path.Combine(folder.Path, "staging");
        string[] scans = [ScannedForms.WritePdf(Path.Combine(staging, "scan-a.pdf"), 1, seed: 1), ScannedForms.WritePdf(Path.Combine(staging, "scan-b.pdf"), 1, seed: 2)];
        var held = scans.Select(holds.Hold).ToList();
        using var ledger = new PostgresDocumentLedger(database);
        using var intake = ServiceProcess.Start(folder.Path, database, settings, role: "intake");
        using var doomed = ServiceProcess.Start(folder.Path, database, settings, role: "worker");
        using var survivor = ServiceProcess.Start(folder.Path, database, settings, role: "worker");

        // Both jobs are held (long by construction): each one-worker process is busy with one of them.
        InboxFiles.Drop(scans, Path.Combine(folder.Path, "inbox"));
        InboxFiles.WaitUntil(() => ledger.InStates([DocumentState.Processing]).Count == 2, TimeSpan.FromMinutes(2), "each worker took one scan");
        var killedJob = held.Single(id => Taker(ledger, id).EndsWith($"/{doomed.Id}", StringComparison.Ordinal));
        var liveJob = held.Single(id => id != killedJob);
        doomed.Kill();
        holds.Release(killedJob);

        // A free worker: it takes the killed worker's job once the invisibility timeout has passed, and would take
        // the live job too if its worker stopped extending the timeout while the job is held past it twice over.
        using var spare = ServiceProcess.Start(folder.Path, database, settings, role: "worker");
        InboxFiles.WaitUntil(() => ledger.Find(killedJob)!.State is DocumentState.Delivered or DocumentState.PendingReview, TimeSpan.FromMinutes(3), "the killed worker's job was not finished");
        var liveStarted = ledger.History(liveJob).Single(h => h.To == DocumentState.Processing).At;
        InboxFiles.WaitUntil(() => DateTimeOffset.UtcNow - liveStarted > 2 * Invisibility, TimeSpan.FromMinutes(1));
        var liveRunsWhileHeld = HangfireTables.ProcessingServers(database, liveJob);
        holds.Release(liveJob);
        InboxFiles.WaitUntil(() => ledger.InStates(Terminal).Count == 2, TimeSpan.FromMinutes(3), "the survivor did not finish its scan");

        var killedRuns = HangfireTables.ProcessingServers(database, killedJob);
        var liveRuns = HangfireTables.ProcessingServers(database, liveJob);
        TestContext.Out.WriteLine($"killed job runs: {string.Join(", ", killedRuns)}; live job runs: {string.Join(", ", liveRuns)}");
        Assert.Multiple(() =>
        {
            Assert.That(killedRuns, Has.Count.EqualTo(2), "the killed worker's job was taken once more, by another worker");
            Assert.That(killedRuns[0], Does.Contain($":{doomed.Id}:"));
            Assert.That(killedRuns[^1], Does.Contain($":{spare.Id}:"));
            Assert.That(liveRunsWhileHeld, Has.Count.EqualTo(1), "a live worker's job is never handed to another worker (sliding invisibility)");
            Assert.That(liveRuns, Has.Count.EqualTo(1));
            Assert.That(liveRuns[0], Does.Contain($":{survivor.Id}:"));
            foreach (var id in held)
            {
                AssertFinishedOnce(folder.Path, database, ledger, id);
            }
        });
    }

    [Test]
    public void RestartingPostgreSqlInTheMiddleOfABatch_TheServiceReconnects_AndEveryDocumentFinishesOnce()
    {
        using var own = PostgresServer.Start();
        var database = own.NewDatabase();
        using var folder = new TempFolder();
        var inbox = Path.Combine(folder.Path, "inbox");
        var before = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging-1"), 80, seed: 41);
        var after = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging-2"), 20, seed: 42);
        // Ten documents finish; of the other seventy, both workers hold one and the rest wait in the queue when
        // PostgreSQL restarts: the middle of a batch by construction, however fast the machine.
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var held = before.Skip(10).Select(holds.Hold).ToList();
        // A job whose worker could not report back while the database was down waits out the invisibility timeout
        // before another worker takes it: 5 minutes by default, half a minute here. A Hangfire lock the restart left
        // behind is cleared once it is older than DistributedLockTimeout: 1 minute in production, 15 s here (it is what
        // the test waits out; Hangfire holds its locks for milliseconds, so 15 s still only clears a dead holder's).
        var settings = new Dictionary<string, string>
        {
            ["DOCCLASSIFIER__WORKERS"] = "2",
            ["DOCCLASSIFIER__JOBINVISIBILITYSECONDS"] = "30",
            ["HANGFIRE__POSTGRESQL__DISTRIBUTEDLOCKTIMEOUT"] = "00:00:15",
            [holds.Setting.Key] = holds.Setting.Value,
        };
        using var service = ServiceProcess.Start(folder.Path, database, settings);

        using (var early = new PostgresDocumentLedger(database))
        {
            InboxFiles.Drop(before.Take(10), inbox);
            InboxFiles.WaitUntil(() => early.InStates(Terminal).Count == 10, TimeSpan.FromMinutes(2));
            InboxFiles.Drop(before.Skip(10), inbox);
            InboxFiles.WaitUntil(
                () => early.InStates([DocumentState.Processing]).Count == 2 && early.InStates(Enum.GetValues<DocumentState>()).Count == before.Count,
                TimeSpan.FromMinutes(2),
                "both workers hold a job and the rest of the batch is recorded");
        }

        own.Restart(TimeSpan.FromSeconds(3));
        var restarted = DateTime.UtcNow;
        using var ledger = new PostgresDocumentLedger(database);
        var finishedAtRestart = ledger.InStates(Terminal).Count;
        var lockedJob = HangfireTables.LeaveStateLockBehind(database);
        held.ForEach(holds.Release);
        InboxFiles.Drop(after, inbox);
        try
        {
            // The lock left behind holds its job up for DistributedLockTimeout (15 s here), then is cleared as stale.
            InboxFiles.WaitUntil(
                () => ledger.InStates(Terminal).Count == before.Count + after.Count,
                TimeSpan.FromMinutes(6),
                $"not every document finished after the restart (job {lockedJob} had a lock left behind)");
        }
        catch (AssertionException)
        {
            TestContext.Out.WriteLine(string.Join(", ", ledger.InStates(Enum.GetValues<DocumentState>()).GroupBy(d => d.State).Select(g => $"{g.Key} {g.Count()}")));
            TestContext.Out.WriteLine(string.Join('\n', service.Output.Where(l => !l.Contains("info:", StringComparison.Ordinal)).TakeLast(150)));
            throw;
        }

        var recovered = DateTime.UtcNow - restarted;
        var all = ledger.InStates(Enum.GetValues<DocumentState>());
        TestContext.Out.WriteLine($"{finishedAtRestart} of {before.Count} finished when PostgreSQL restarted; all {all.Count} {recovered.TotalSeconds:F0} s after it; job {lockedJob} had a lock left behind");
        Assert.Multiple(() =>
        {
            Assert.That(service.HasExited, Is.False, "the service survived the restart");
            Assert.That(finishedAtRestart, Is.LessThan(before.Count), "restarted in the middle of the batch");
            Assert.That(all, Has.Count.EqualTo(before.Count + after.Count), "each file recorded once");
            Assert.That(Directory.GetFiles(inbox, "*", SearchOption.AllDirectories), Is.Empty, "files dropped after the restart were taken too");
            Assert.That(Directory.Exists(Path.Combine(folder.Path, "duplicates")), Is.False, "nothing taken twice");
            foreach (var document in all)
            {
                AssertFinishedOnce(folder.Path, database, ledger, document.Id, jobs: null);
            }
        });
    }

    [Test]
    public void ARestartedIntakeNode_GivesNoSecondJobToDocumentsWhoseJobIsStillWaitingOrRunning()
    {
        using var folder = new TempFolder();
        var database = server.NewDatabase();
        var inbox = Path.Combine(folder.Path, "inbox");
        var scan = ScannedForms.WritePdf(Path.Combine(folder.Path, "staging", "scan.pdf"), 1, seed: 3);
        var waiting = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging"), 2, seed: 43);
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var running = holds.Hold(scan); // the scan's job runs until the checks below are done, however fast OCR is
        using var ledger = new PostgresDocumentLedger(database);
        using var worker = ServiceProcess.Start(folder.Path, database, new Dictionary<string, string> { ["DOCCLASSIFIER__WORKERS"] = "1", [holds.Setting.Key] = holds.Setting.Value }, role: "worker");
        var firstIntake = ServiceProcess.Start(folder.Path, database, role: "intake");

        InboxFiles.Drop([scan], inbox);
        InboxFiles.WaitUntil(() => ledger.InStates([DocumentState.Processing]).Count == 1, TimeSpan.FromMinutes(2), "the worker took the scan");
        InboxFiles.Drop(waiting, inbox);
        InboxFiles.WaitUntil(() => ledger.InStates([DocumentState.Received]).Count == 2, TimeSpan.FromMinutes(1), "the intake took the other two");
        // Killed only once both have a waiting job: a kill between Hangfire's creating a job and enqueueing it leaves a
        // job that never runs, and the document then rightly gets a second one.
        InboxFiles.WaitUntil(
            () => ledger.InStates([DocumentState.Received]).All(d => HangfireTables.QueuedJobCount(database, d.Id) == 1),
            TimeSpan.FromMinutes(1),
            "the intake queued the other two");
        firstIntake.Kill();
        firstIntake.Dispose();
        using var secondIntake = ServiceProcess.Start(folder.Path, database, role: "intake");
        InboxFiles.WaitUntil(() => secondIntake.Output.Any(l => l.Contains("now takes files", StringComparison.Ordinal)), TimeSpan.FromMinutes(1), "the new intake node took the lease");
        Thread.Sleep(TimeSpan.FromSeconds(2)); // a rescan (every second here) queues Received documents that have no job
        var stillRunning = ledger.InStates([DocumentState.Processing]).Count;
        var stillWaiting = ledger.InStates([DocumentState.Received]).Count;
        holds.Release(running);
        InboxFiles.WaitUntil(() => ledger.InStates(Terminal).Count == 3, TimeSpan.FromMinutes(2));

        var all = ledger.InStates(Enum.GetValues<DocumentState>());
        Assert.Multiple(() =>
        {
            Assert.That(stillRunning, Is.EqualTo(1), "the scan was still being processed when the new intake node started");
            Assert.That(stillWaiting, Is.EqualTo(2), "and the other two were still waiting for the busy worker");
            Assert.That(secondIntake.Output, Has.Some.Contains("0 of 1 Processing ones had no live job"));
            foreach (var document in all)
            {
                AssertFinishedOnce(folder.Path, database, ledger, document.Id);
            }
        });
    }

    // Who moved the document from Received to Processing: "worker:host/pid".
    private static string Taker(PostgresDocumentLedger ledger, string id) =>
        ledger.History(id).Single(h => h.From == DocumentState.Received && h.To == DocumentState.Processing).Actor;

    /// <summary>One final transition, one result JSON when delivered, and (unless <paramref name="jobs"/> is null) exactly that many Hangfire jobs.</summary>
    private static void AssertFinishedOnce(string baseDirectory, string database, PostgresDocumentLedger ledger, string id, int? jobs = 1)
    {
        var document = ledger.Find(id)!;
        var history = ledger.History(id);
        var results = Directory.Exists(Path.Combine(baseDirectory, "results"))
            ? Directory.GetFiles(Path.Combine(baseDirectory, "results"), id + ".json", SearchOption.AllDirectories).Length
            : 0;
        Assert.That(history.Count(h => h.From == DocumentState.Processing), Is.EqualTo(1), $"{id}: one final transition");
        Assert.That(results, Is.EqualTo(document.State == DocumentState.Delivered ? 1 : 0), $"{id}: one result JSON when delivered");
        if (jobs is not null)
        {
            Assert.That(HangfireTables.JobCount(database, id), Is.EqualTo(jobs), $"{id}: Hangfire jobs");
        }
    }
}
