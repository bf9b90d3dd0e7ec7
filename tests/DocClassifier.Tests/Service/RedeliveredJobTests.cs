using DocClassifier.Host.Service;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;
using DocClassifier.Tests.Processing;
using DocClassifier.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;

namespace DocClassifier.Tests.Service;

/// <summary>Hangfire runs a job at least once: a job handed out again for a document already finished does nothing.</summary>
public sealed class RedeliveredJobTests
{
    [SetUp]
    public void ForgetEarlierHostsLogging() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

    [Test]
    public void AFinishedDocumentsJob_RequeuedAndRunAgain_WritesNoSecondResult_AndLeavesTheLedgerAsItWas()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf)));
        var results = new CountingResultSink(new FolderResultSink(world.Results));
        var processor = new DocumentProcessor(
            world.Ledger, Extractions.Default.Extractor, new FixedClassifier("house-tax-relief", 0.95), results, new FolderFailureSink(world.Failed), world.Work, TimeProvider.System, world.Delivery);
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, Activator = new SingleJobActivator(new ProcessDocumentJob(processor, new RunningDocuments())) }, storage);

        new HangfireDocumentQueue(storage, client).Enqueue(id);
        var jobId = WaitForSucceeded(storage, null, 1);
        var result = Path.Combine(world.Results, "house-tax-relief", id + ".json");
        var written = File.GetLastWriteTimeUtc(result);
        var history = world.Ledger.History(id);

        Assert.That(client.ChangeState(jobId, new EnqueuedState(), SucceededState.StateName), Is.True, "the finished job is handed out again");
        WaitForSucceeded(storage, jobId, 2);

        Assert.Multiple(() =>
        {
            Assert.That(results.Count, Is.EqualTo(1), "one result write");
            Assert.That(File.GetLastWriteTimeUtc(result), Is.EqualTo(written));
            Assert.That(world.Ledger.History(id), Has.Count.EqualTo(history.Count), "no second audit entry");
            Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Delivered));
        });
    }

    [Test]
    public void AJobHandedOutAgainWhileTheFirstRunIsStillRunning_StepsAside_AndTheResultIsWrittenOnce()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf)));
        var results = new CountingResultSink(new FolderResultSink(world.Results));
        using var gated = new GatedResultSink(results);
        var processor = new DocumentProcessor(
            world.Ledger, Extractions.Default.Extractor, new FixedClassifier("house-tax-relief", 0.95), gated, new FolderFailureSink(world.Failed), world.Work, TimeProvider.System, world.Delivery);
        var running = new RunningDocuments();

        var first = Task.Run(() => new ProcessDocumentJob(processor, running).Run(id, CancellationToken.None));
        Assert.That(gated.Entered.WaitOne(TimeSpan.FromMinutes(2)), Is.True, "the first run reached its delivery");
        new ProcessDocumentJob(processor, running).Run(id, CancellationToken.None); // the redelivery, on another worker of the node
        gated.Open();
        first.Wait();

        Assert.Multiple(() =>
        {
            Assert.That(results.Count, Is.EqualTo(1), "one result write");
            Assert.That(world.Ledger.History(id).Count(h => h.From == DocumentState.Processing), Is.EqualTo(1));
            Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Delivered));
        });
    }

    // Waits (not a timed assert: a slow machine only waits longer) until the job has succeeded that many times.
    private static string WaitForSucceeded(JobStorage storage, string? jobId, int times)
    {
        var monitoring = storage.GetMonitoringApi();
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < until)
        {
            var id = jobId ?? monitoring.SucceededJobs(0, 1).Select(j => j.Key).FirstOrDefault();
            if (id is not null && monitoring.JobDetails(id).History.Count(h => h.StateName == SucceededState.StateName) >= times)
            {
                return id;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"The job did not succeed {times} time(s).");
    }
}
