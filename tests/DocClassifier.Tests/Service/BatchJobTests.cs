using System.Text;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Host.Service;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;
using DocClassifier.Tests.Processing;
using DocClassifier.Tests.Support;
using Hangfire;
using Hangfire.InMemory;

namespace DocClassifier.Tests.Service;

/// <summary>
/// Documents recorded together share Hangfire jobs (each job costs the queue the same statements whatever it does),
/// and a document that throws in a shared job is queued again alone while the others go on.
/// </summary>
public sealed class BatchJobTests
{
    [SetUp]
    public void ForgetEarlierHostsLogging() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

    [Test]
    public void ABatch_IsSpreadOverJobsOfSeveralDocuments_AndEveryDocumentIsDeliveredOnce()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var ids = Enumerable.Range(0, 12).Select(i => world.Drop($"d{i}.pdf", Distinct(i))).ToList();
        var results = new CountingResultSink(new FolderResultSink(world.Results));
        using var storage = new InMemoryStorage();
        var queue = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage)) { MaxDocumentsPerJob = 4, Workers = 1 };
        var job = new ProcessDocumentJob(Processor(world, results), new RunningDocuments(), queue);
        queue.EnqueueAll(ids);

        // Asked before a worker runs: a job between its fetch and Processing is in no list the in-memory storage shows.
        Assert.That(queue.WithLiveJobs(countDeadWorkersJobs: true), Is.EquivalentTo(ids), "documents waiting in a shared job have a live job");
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, Activator = new SingleJobActivator(job) }, storage);
        // A job is marked succeeded only after its last document is delivered: under load the last job can still be
        // processing when every document is, so the wait is also for the queue to have no job left running or waiting.
        var monitoring = storage.GetMonitoringApi();
        WaitUntil(() => ids.All(id => world.Ledger.Find(id)!.State == DocumentState.Delivered)
            && monitoring.ProcessingCount() == 0 && monitoring.EnqueuedCount("default") == 0);

        Assert.Multiple(() =>
        {
            Assert.That(monitoring.SucceededListCount(), Is.EqualTo(4), "12 documents at 4 jobs a worker: 4 jobs of 3");
            Assert.That(results.Count, Is.EqualTo(12), "one result each");
        });
    }

    [Test]
    public void AFewDocuments_GetAJobEach()
    {
        using var storage = new InMemoryStorage();
        var queue = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage)) { MaxDocumentsPerJob = 10, Workers = 2 };

        queue.EnqueueAll(["a", "b", "c"]);

        var monitoring = storage.GetMonitoringApi();
        Assert.That(monitoring.EnqueuedCount("default"), Is.EqualTo(3));
        Assert.That(queue.WithLiveJobs(), Is.EquivalentTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void ADocumentThatThrowsInASharedJob_IsQueuedAgainAlone_AndTheOthersAreDelivered()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var ids = Enumerable.Range(0, 3).Select(i => world.Drop($"d{i}.pdf", Distinct(i))).ToList();
        var queued = new RecordingQueue();
        var job = new ProcessDocumentJob(Processor(world, new ThrowingOnceSink(new FolderResultSink(world.Results), ids[1])), new RunningDocuments(), queued);

        job.RunAll([.. ids], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(queued.Ids, Is.EqualTo(new[] { ids[1] }), "the document that threw, alone");
            Assert.That(world.Ledger.Find(ids[0])!.State, Is.EqualTo(DocumentState.Delivered));
            Assert.That(world.Ledger.Find(ids[2])!.State, Is.EqualTo(DocumentState.Delivered), "the document after it was not held up");
        });

        job.Run(ids[1], CancellationToken.None);
        Assert.That(world.Ledger.Find(ids[1])!.State, Is.EqualTo(DocumentState.Delivered), "its own job delivers it");
    }

    [Test]
    public void ASharedJobOfSlowDocuments_HandsItsRestBack_WhenNoJobIsWaiting()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var ids = Enumerable.Range(0, 4).Select(i => world.Drop($"d{i}.pdf", Distinct(i))).ToList();
        var queued = new RecordingQueue { Idle = true };
        var job = new ProcessDocumentJob(Processor(world, new FolderResultSink(world.Results)), new RunningDocuments(), queued, clock: new SteppingClock(TimeSpan.FromSeconds(2)));

        job.RunAll([.. ids], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(world.Ledger.Find(ids[0])!.State, Is.EqualTo(DocumentState.Delivered), "the first, read before the job looked");
            Assert.That(queued.Ids, Is.EqualTo(ids[1..]), "the other three, each a job of its own for whichever worker is free");
            Assert.That(ids[1..].Select(id => world.Ledger.Find(id)!.State), Is.All.EqualTo(DocumentState.Received), "left to their own jobs");
        });
    }

    [TestCase(true, 0, TestName = "ASharedJob_KeepsItsDocuments_WhenTheyAreFast")]
    [TestCase(false, 2, TestName = "ASharedJob_KeepsItsDocuments_WhenJobsAreWaiting")]
    public void ASharedJob_KeepsItsDocuments(bool idle, int secondsEach)
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var ids = Enumerable.Range(0, 4).Select(i => world.Drop($"d{i}.pdf", Distinct(i))).ToList();
        var queued = new RecordingQueue { Idle = idle };
        var job = new ProcessDocumentJob(Processor(world, new FolderResultSink(world.Results)), new RunningDocuments(), queued, clock: new SteppingClock(TimeSpan.FromSeconds(secondsEach)));

        job.RunAll([.. ids], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(queued.Ids, Is.Empty);
            Assert.That(ids.Select(id => world.Ledger.Find(id)!.State), Is.All.EqualTo(DocumentState.Delivered));
        });
    }

    [Test]
    public void TheHangfireQueue_TellsWhetherAJobIsWaiting()
    {
        using var storage = new InMemoryStorage();
        var queue = new HangfireDocumentQueue(storage, new BackgroundJobClient(storage));
        Assert.That(queue.NoneWaiting(), Is.True, "an empty queue");

        queue.Enqueue("a");

        Assert.That(queue.NoneWaiting(), Is.False, "a job waits for a worker");
    }

    [Test]
    public void WithoutAQueueToRequeueOn_ASharedJobFails_SoHangfireRunsItAgain()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var ids = Enumerable.Range(0, 2).Select(i => world.Drop($"d{i}.pdf", Distinct(i))).ToList();
        var job = new ProcessDocumentJob(Processor(world, new ThrowingOnceSink(new FolderResultSink(world.Results), ids[0])), new RunningDocuments());

        Assert.That(() => job.RunAll([.. ids], CancellationToken.None), Throws.InstanceOf<IOException>());
    }

    private static DocumentProcessor Processor(ProcessingWorld world, IResultSink results) => new(
        world.Ledger, Extractions.Default.Extractor, new FixedClassifier("house-tax-relief", 0.95), results, new FolderFailureSink(world.Failed), world.Work, TimeProvider.System, world.Delivery);

    // The same born-digital PDF with a comment of its own after %%EOF: a new document each time.
    private static byte[] Distinct(int i) =>
        [.. File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf)), .. Encoding.ASCII.GetBytes($"\n% copy {i}\n")];

    // Waits (not a timed assert: a slow machine only waits longer).
    private static void WaitUntil(Func<bool> done)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("The documents were not all delivered.");
            }

            Thread.Sleep(50);
        }
    }

    private sealed class RecordingQueue : IDocumentQueue
    {
        public List<string> Ids { get; } = [];

        public bool Idle { get; init; }

        public void Enqueue(string documentId) => Ids.Add(documentId);

        public bool NoneWaiting() => Idle;

        public IReadOnlySet<string> WithLiveJobs(bool countDeadWorkersJobs = false) => new HashSet<string>();
    }

    // Every document seems to take the same time: each reading of the clock is one step later than the last.
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks += step.Ticks;
    }

    private sealed class ThrowingOnceSink(IResultSink inner, string failing) : IResultSink
    {
        private bool thrown;

        public void Deliver(DocumentInfo document, ExtractedDocument extracted, IReadOnlyList<ExtractedField> fields, ResultDecision decision)
        {
            if (document.Id == failing && !thrown)
            {
                thrown = true;
                throw new IOException("the share went away");
            }

            inner.Deliver(document, extracted, fields, decision);
        }
    }
}
