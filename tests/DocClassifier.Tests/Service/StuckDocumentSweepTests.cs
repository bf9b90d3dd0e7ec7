using DocClassifier.Host.Service;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocClassifier.Tests.Service;

/// <summary>Documents left in Processing with no job are queued again by the running service, not at its next start.</summary>
[TestFixture]
public class StuckDocumentSweepTests
{
    private TempFolder folder = null!;
    private SqliteDocumentLedger ledger = null!;
    private InMemoryStorage storage = null!;
    private HangfireDocumentQueue jobs = null!;

    [SetUp]
    public void Create()
    {
        folder = new TempFolder();
        ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        storage = new InMemoryStorage();
        jobs = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage));
    }

    [TearDown]
    public void Delete()
    {
        storage.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Test]
    public void ADocumentLeftInProcessingWithNoJob_IsQueuedAgain_Once()
    {
        var stuck = Processing("a");
        var sweep = new StuckDocumentSweep(ledger, jobs, TimeProvider.System, null, NullLogger<StuckDocumentSweep>.Instance) { Grace = TimeSpan.Zero };

        Assert.That(sweep.Sweep(), Is.EqualTo(1));
        Assert.That(jobs.WithLiveJobs(), Does.Contain(stuck), "it has a job now");
        Assert.That(sweep.Sweep(), Is.Zero, "a document with a live job is not queued twice");
    }

    [Test]
    public void ADocumentThatJustEnteredProcessing_IsLeftAloneForTheGracePeriod()
    {
        Processing("b");
        var sweep = new StuckDocumentSweep(ledger, jobs, TimeProvider.System, null, NullLogger<StuckDocumentSweep>.Instance);

        Assert.That(sweep.Sweep(), Is.Zero, "a decision being delivered right now is not raced");
        Assert.That(jobs.WithLiveJobs(), Is.Empty);
    }

    [Test]
    public void ADecidedDocument_IsQueuedOnceTheGraceHasPassedOnTheSweepsClock()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var timed = new SqliteDocumentLedger(Path.Combine(folder.Path, "timed.db"), clock);
        var id = new string('d', 64);
        timed.TryRecord(new NewDocument(id, "d.pdf", string.Empty, clock.GetUtcNow(), Path.Combine(folder.Path, "d.pdf")), "intake");
        timed.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        timed.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1") { Label = "stamp-tax" });
        timed.TryChange(id, new StateChange(DocumentState.PendingReview, DocumentState.Decided, "reviewer:rosa") { Label = "stamp-tax", DecidedBy = "rosa" });
        var sweep = new StuckDocumentSweep(timed, jobs, clock, null, NullLogger<StuckDocumentSweep>.Instance) { Grace = TimeSpan.FromMinutes(1) };

        Assert.That(sweep.Sweep(), Is.Zero, "its delivery may be running right now");
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(sweep.Sweep(), Is.EqualTo(1), "a decision whose delivery was interrupted is delivered by a job");
        Assert.That(jobs.WithLiveJobs(), Does.Contain(id));
    }

    private string Processing(string seed)
    {
        var id = new string(seed[0], 64);
        ledger.TryRecord(new NewDocument(id, seed + ".pdf", string.Empty, DateTimeOffset.UtcNow, Path.Combine(folder.Path, seed + ".pdf")), "intake");
        ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker:gone/1"));
        return id;
    }
}
