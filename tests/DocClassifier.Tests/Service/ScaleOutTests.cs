using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>Several nodes on one PostgreSQL and one shared folder: one takes files, all of them work, nothing twice.</summary>
[Category("Postgres")]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public sealed class ScaleOutTests
{
    private PostgresServer server = null!;

    [OneTimeSetUp]
    public void StartDatabase() => server = PostgresServer.Start();

    [OneTimeTearDown]
    public void StopDatabase() => server.Dispose();

    [Test]
    public void TwoWorkersAndOneIntakeNode_DeliverEachOf60DocumentsOnce_AndBothWorkersWork()
    {
        using var folder = new TempFolder();
        var database = server.NewDatabase();
        var inbox = Path.Combine(folder.Path, "inbox", "counter-1");
        var files = BornDigital(Path.Combine(folder.Path, "staging"), 60);

        // Two held jobs, dropped first: a one-worker process that holds one cannot take the other, so each process takes
        // one, however the machine schedules them. Both workers working is then a fact of the set-up, not of the batch's
        // size, and the rest of the batch (five documents of each class) goes to both once the holds are released.
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var held = files.Take(2).Select(holds.Hold).ToList();
        var oneWorker = new Dictionary<string, string> { ["DOCCLASSIFIER__WORKERS"] = "1", [holds.Setting.Key] = holds.Setting.Value };

        using var intake = ServiceProcess.Start(folder.Path, database, role: "intake");
        using var first = ServiceProcess.Start(folder.Path, database, oneWorker, role: "worker");
        using var second = ServiceProcess.Start(folder.Path, database, oneWorker, role: "worker");
        Drop(files.Take(2), inbox);
        using var ledger = new PostgresDocumentLedger(database);
        WaitUntil(() => held.All(id => ledger.Find(id)?.State == DocumentState.Processing), TimeSpan.FromMinutes(10));
        Drop(files.Skip(2), inbox);
        held.ForEach(holds.Release);
        InboxFiles.WaitWhileProgressing(
            () => ledger.InStates([DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed], 1000).Count,
            files.Count,
            TimeSpan.FromMinutes(2),
            "the nodes stopped finishing documents");

        var all = ledger.InStates(Enum.GetValues<DocumentState>(), 1000);
        var workers = all.Select(d => ledger.History(d.Id).Single(h => h.To == DocumentState.Processing && h.From == DocumentState.Received).Actor).ToList();
        var results = Directory.GetFiles(Path.Combine(folder.Path, "results"), "*.json", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(files.Count), "each file recorded once");
            Assert.That(all.Select(d => d.State), Is.All.AnyOf(DocumentState.Delivered, DocumentState.PendingReview));
            Assert.That(results, Is.Unique);
            Assert.That(results, Is.EquivalentTo(all.Where(d => d.State == DocumentState.Delivered).Select(d => d.Id)));
            Assert.That(all.Select(d => ledger.History(d.Id).Count(h => h.To is DocumentState.Delivered or DocumentState.PendingReview)), Is.All.EqualTo(1), "one outcome each");
            Assert.That(workers.Distinct().Count(), Is.EqualTo(2), "both worker processes took documents");
            Assert.That(held.Select(id => ledger.History(id).Single(h => h.To == DocumentState.Processing && h.From == DocumentState.Received).Actor).Distinct().Count(), Is.EqualTo(2), "each held one");
        });
    }

    [Test]
    public void OnlyOneIntakeNodeTakesFiles_AndAnotherTakesOverWhenItDies()
    {
        using var folder = new TempFolder();
        var database = server.NewDatabase();
        var inbox = Path.Combine(folder.Path, "inbox");
        var files = BornDigital(Path.Combine(folder.Path, "staging"), 2);
        using var ledger = new PostgresDocumentLedger(database);

        var holder = ServiceProcess.Start(folder.Path, database, role: "intake");
        Drop([files[0]], inbox);
        WaitUntil(() => ledger.InStates([DocumentState.Received], 10).Count == 1, TimeSpan.FromMinutes(1));
        using var standby = ServiceProcess.Start(folder.Path, database, role: "intake");
        Thread.Sleep(TimeSpan.FromSeconds(5));
        holder.Kill();
        holder.Dispose();
        Drop([files[1]], inbox);
        WaitUntil(() => ledger.InStates([DocumentState.Received], 10).Count == 2, TimeSpan.FromMinutes(1));

        // A file is recorded before it leaves the inbox (nothing is lost in a crash between the two), so the move may
        // follow the record by a moment on a loaded machine: wait for it rather than look once.
        InboxFiles.WaitUntil(() => Directory.GetFiles(inbox, "*", SearchOption.AllDirectories).Length == 0, TimeSpan.FromMinutes(1), "the standby node did not take the second file out of the inbox");
        Assert.That(Directory.Exists(Path.Combine(folder.Path, "duplicates")) ? Directory.GetFiles(Path.Combine(folder.Path, "duplicates")) : [], Is.Empty);
    }

    private static List<string> BornDigital(string folder, int count) => InboxFiles.BornDigital(folder, count);

    private static void Drop(IEnumerable<string> files, string inbox) => InboxFiles.Drop(files, inbox);

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout) => InboxFiles.WaitUntil(condition, timeout, "the nodes did not finish in time");
}
