using DocClassifier.Host.Service;
using DocClassifier.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Server;
using Hangfire.States;

namespace DocClassifier.Tests.Service;

/// <summary>Which documents have a live Hangfire job: what keeps a restarted intake node from queueing a second one.</summary>
public sealed class HangfireDocumentQueueTests
{
    // A host built by an earlier test leaves Hangfire's global log provider on its own, disposed, logger factory.
    [SetUp]
    public void ForgetEarlierHostsLogging() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

    [Test]
    public void WithLiveJobs_HasDocumentsWhoseJobWaitsRunsOnALiveWorkerOrAwaitsARetry_ButNotThoseWhoseJobEndedOrWhoseWorkerDied()
    {
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        var jobs = new HangfireDocumentQueue(storage, client);

        var thisProcess = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid()}";
        var deadProcess = $"{Environment.MachineName}:{int.MaxValue}:{Guid.NewGuid()}";
        using (var connection = storage.GetConnection())
        {
            connection.AnnounceServer(thisProcess, new ServerContext { Queues = ["default"], WorkerCount = 1 });
            connection.AnnounceServer(deadProcess, new ServerContext { Queues = ["default"], WorkerCount = 1 });
        }

        jobs.Enqueue("waiting");
        client.Create<ProcessDocumentJob>(job => job.Run("running", CancellationToken.None), new RunningState(thisProcess));
        client.Create<ProcessDocumentJob>(job => job.Run("its-worker-died", CancellationToken.None), new RunningState(deadProcess));
        client.Create<ProcessDocumentJob>(job => job.Run("its-server-is-gone", CancellationToken.None), new RunningState("elsewhere:1:0"));
        client.Create<ProcessDocumentJob>(job => job.Run("retrying", CancellationToken.None), new ScheduledState(TimeSpan.FromMinutes(1)));
        client.Create<ProcessDocumentJob>(job => job.Run("done", CancellationToken.None), new SucceededState(null, 0, 0));
        client.Create<ProcessDocumentJob>(job => job.Run("deleted", CancellationToken.None), new DeletedState());

        Assert.That(jobs.WithLiveJobs(), Is.EquivalentTo(new[] { "waiting", "running", "retrying" }));
    }

    [Test]
    public void WithLiveJobs_ReadsEveryPage_OfAQueueOfThousands()
    {
        using var storage = new InMemoryStorage();
        var jobs = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage));
        var ids = Enumerable.Range(0, 2500).Select(i => $"document-{i}").ToList();
        ids.ForEach(jobs.Enqueue);

        Assert.That(jobs.WithLiveJobs(), Is.EquivalentTo(ids));
    }
}
