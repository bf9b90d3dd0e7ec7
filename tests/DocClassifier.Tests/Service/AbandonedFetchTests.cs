using DocClassifier.Host.Service;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocClassifier.Tests.Service;

/// <summary>
/// A job a worker fetched and never started (its process was killed right after the fetch) on PostgreSQL: its document
/// is queued again as soon as the worker is known to be gone, not after the invisibility timeout or a restart.
/// The worker's death is simulated: the fetch is made with Hangfire's own storage API and then never renewed, and its
/// server is removed as Hangfire removes a server whose heartbeat stopped. Time is the sweep's clock, moved by hand.
/// </summary>
[Category("Postgres")]
public sealed class AbandonedFetchTests
{
    private PostgresServer server = null!;
    private string database = null!;
    private PostgresDocumentLedger ledger = null!;
    private PostgreSqlStorage storage = null!;
    private ManualClock clock = null!;
    private HangfireDocumentQueue queue = null!;

    [OneTimeSetUp]
    public void StartDatabase() => server = PostgresServer.Start();

    [OneTimeTearDown]
    public void StopDatabase() => server.Dispose();

    [SetUp]
    public void Create()
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        database = server.NewDatabase();
        clock = new ManualClock(DateTimeOffset.UtcNow);
        ledger = new PostgresDocumentLedger(database, clock);
        storage = new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, UseSlidingInvisibilityTimeout = true, InvisibilityTimeout = TimeSpan.FromMinutes(5) });
        queue = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage), clock) { AbandonedFetchAfter = TimeSpan.FromMinutes(2) };
    }

    [TearDown]
    public void Dispose() => ledger.Dispose();

    [Test]
    public void AFetchedJobWhoseWorkersServerIsGone_IsDead_AndItsDocumentGetsANewJobAtTheNextSweep()
    {
        var id = Received('a');
        queue.Enqueue(id);
        var worker = AnnounceServer();
        var fetched = FetchAndDie();
        var sweep = Sweep();
        clock.Advance(TimeSpan.FromSeconds(90)); // past the sweep's grace, well within the fetch's renewal limit

        Assert.That(queue.WithLiveJobs(countDeadWorkersJobs: true), Does.Contain(id), "its worker is alive: the job will start");
        Assert.That(sweep.Sweep(), Is.Zero);

        RemoveServer(worker); // its heartbeat stopped, and Hangfire removed it
        Assert.That(sweep.Sweep(), Is.EqualTo(1), "the document is queued again at once");

        Assert.Multiple(() =>
        {
            Assert.That(StateOf(fetched), Is.EqualTo(DeletedState.StateName), "the abandoned job can never run: handed out again, a worker drops it");
            Assert.That(storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10).Select(j => j.Value.Job.Args[0]), Is.EqualTo(new[] { id }), "one new job waits");
            Assert.That(sweep.Sweep(), Is.Zero, "and it is not queued a third time");
        });
    }

    [Test]
    public void AFetchNoProcessRenews_IsDeadAfterTheRenewalLimit_EvenWhileOtherServersAreAlive()
    {
        var id = Received('b');
        queue.Enqueue(id);
        AnnounceServer(); // another node, alive: it did not fetch this job
        var fetched = FetchAndDie();
        var sweep = Sweep();

        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.That(sweep.Sweep(), Is.Zero, "within the renewal limit the fetch may be held by a live process");
        Assert.That(StateOf(fetched), Is.EqualTo(EnqueuedState.StateName));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(sweep.Sweep(), Is.EqualTo(1), "nobody renewed it: its process is gone");
        Assert.That(StateOf(fetched), Is.EqualTo(DeletedState.StateName));
    }

    [Test]
    public void AFetchALiveProcessKeepsRenewingButNoWorkerStarted_IsDeadAtTheSecondSweepThatSeesItNotStarted()
    {
        // Seen in 2,000-document runs: the fetch renewed every minute by a live process, the job Enqueued, no worker
        // running it, the document Received until the sweep retired it.
        var id = Received('d');
        queue.Enqueue(id);
        AnnounceServer();
        var fetched = FetchAndDie();
        var sweep = Sweep();

        clock.Advance(TimeSpan.FromSeconds(90));
        Renew(fetched);
        Assert.That(sweep.Sweep(), Is.Zero, "first seen fetched and not started: a worker may be starting it this moment");
        clock.Advance(TimeSpan.FromSeconds(20));
        Renew(fetched);
        Assert.That(sweep.Sweep(), Is.Zero, "not started for 20 s, within the limit");
        Assert.That(StateOf(fetched), Is.EqualTo(EnqueuedState.StateName));

        clock.Advance(TimeSpan.FromSeconds(40));
        Renew(fetched);
        Assert.That(sweep.Sweep(), Is.EqualTo(1), "renewed, but not started a sweep period later: no worker holds it");
        Assert.That(StateOf(fetched), Is.EqualTo(DeletedState.StateName));
    }

    [Test]
    public void AFetchedJobThatAWorkerStarted_IsNeverRetired()
    {
        var id = Received('c');
        queue.Enqueue(id);
        var worker = AnnounceServer();
        var fetched = FetchAndDie();
        using (var connection = storage.GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.SetJobState(fetched, new RunningState(worker));
            transaction.Commit();
        }

        clock.Advance(TimeSpan.FromMinutes(3)); // past the fetch's renewal limit, within the server's heartbeat timeout
        Assert.That(queue.WithLiveJobs(), Does.Contain(id), "Processing on a live server");
        Assert.That(StateOf(fetched), Is.EqualTo(ProcessingState.StateName));

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.That(queue.WithLiveJobs(), Does.Not.Contain(id), "its server's last heartbeat is older than the server timeout: it is gone");
    }

    private string Received(char seed)
    {
        var id = new string(seed, 64);
        ledger.TryRecord(new NewDocument(id, seed + ".pdf", string.Empty, clock.GetUtcNow(), "/nowhere/" + seed + ".pdf"), "intake");
        return id;
    }

    private StuckDocumentSweep Sweep() => new(ledger, queue, clock, null, NullLogger<StuckDocumentSweep>.Instance) { Grace = TimeSpan.FromMinutes(1) };

    private string AnnounceServer()
    {
        var name = $"node:{Random.Shared.Next(100_000, 999_999)}:{Guid.NewGuid()}";
        using var connection = storage.GetConnection();
        connection.AnnounceServer(name, new ServerContext { Queues = ["default"], WorkerCount = 1 });
        return name;
    }

    private void RemoveServer(string name)
    {
        using var connection = storage.GetConnection();
        connection.RemoveServer(name);
    }

    // What a worker does first; its process is then killed, so the fetch is neither started, renewed nor given back.
    private string FetchAndDie()
    {
        var connection = storage.GetConnection();
        var fetched = connection.FetchNextJob(["default"], CancellationToken.None);
        return fetched.JobId;
    }

    // What the fetch's renewal timer does: the queue row's fetch time set to now.
    private void Renew(string jobId)
    {
        using var connection = new Npgsql.NpgsqlConnection(database);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("UPDATE hangfire.jobqueue SET fetchedat = @at WHERE jobid::text = @job", connection);
        command.Parameters.AddWithValue("at", DateTime.SpecifyKind(clock.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified));
        command.Parameters.AddWithValue("job", jobId);
        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1), "the fetch's queue row");
    }

    private string? StateOf(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
