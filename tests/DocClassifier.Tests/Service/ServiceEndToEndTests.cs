using System.Text.Json;
using DocClassifier.Samples.Corpus;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>The real service as a child process: documents dropped in the inbox each end in exactly one place.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres", Category = "Postgres")]
[Category("Ocr")]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public class ServiceEndToEndTests(string storage)
{
    private PostgresServer? server;

    [OneTimeSetUp]
    public void StartDatabase() => server = storage == "postgres" ? PostgresServer.Start() : null;

    [OneTimeTearDown]
    public void StopDatabase() => server?.Dispose();

    [Test]
    public void ABatchWithBadInputs_EachEndsInExactlyOnePlace()
    {
        using var folder = new TempFolder();
        var inbox = Path.Combine(folder.Path, "inbox");
        var expected = DropBatch(folder.Path, seed: 21);
        File.WriteAllBytes(Path.Combine(inbox, "empty.pdf"), []);
        File.WriteAllText(Path.Combine(inbox, "page.pdf"), "<!DOCTYPE html><html></html>");
        File.WriteAllBytes(Path.Combine(inbox, "locked.pdf"), MinimalPdf.PasswordProtected());
        File.Copy(Directory.GetFiles(Path.Combine(inbox, "batch"))[0], Path.Combine(inbox, "copy-of-first.bin.pdf"));

        using (Start(folder.Path))
        {
            WaitUntil(() => Finished(folder.Path) >= expected + 3, TimeSpan.FromMinutes(3));
        }

        Assert.That(Directory.GetFiles(inbox, "*", SearchOption.AllDirectories), Is.Empty, "everything was taken");
        Assert.That(Directory.GetFiles(Path.Combine(folder.Path, "duplicates")), Has.Length.EqualTo(1));
        var errors = Directory.GetFiles(Path.Combine(folder.Path, "failed"), "*.error.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("code").GetString()).Order().ToList();
        Assert.That(errors, Is.EqualTo(new[] { "contentMismatch", "emptyFile", "encrypted" }));
        AssertEachDocumentEndsOnce(folder.Path, expected + 3);
    }

    [Test]
    public void KillingTheServiceMidBatch_AndStartingItAgain_LosesNothingAndDeliversNothingTwice()
    {
        using var folder = new TempFolder();
        var expected = DropBatch(folder.Path, seed: 22);
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        holds.Hold(Directory.GetFiles(Path.Combine(folder.Path, "inbox", "batch"))[0]); // unfinished when killed, by construction

        using (var first = ServiceProcess.Start(folder.Path, Connection(), new Dictionary<string, string>([holds.Setting])))
        {
            WaitUntil(() => Finished(folder.Path) >= 2, TimeSpan.FromMinutes(2));
            first.Kill();
        }

        Assert.That(Finished(folder.Path), Is.LessThan(expected), "killed in the middle of the batch");
        using (Start(folder.Path))
        {
            WaitUntil(() => Finished(folder.Path) >= expected, TimeSpan.FromMinutes(3));
        }

        AssertEachDocumentEndsOnce(folder.Path, expected);
    }

    [Test]
    public void ADocumentWhoseReadingTheProcessDiesInTwice_EndsInFailed_AndTheRestOfTheBatchIsDelivered()
    {
        using var folder = new TempFolder();
        var expected = DropBatch(folder.Path, seed: 22);
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var id = holds.Hold(Directory.GetFiles(Path.Combine(folder.Path, "inbox", "batch"))[0]); // in its reading when killed, by construction
        var readings = Path.Combine(folder.Path, "work", "readings");
        string Unfinished() => Directory.Exists(readings) && Directory.GetFiles(readings, id + "*.readings") is [var count] ? File.ReadAllText(count) : "";

        // A job a document, so that the held one keeps no other waiting behind it.
        using (var first = ServiceProcess.Start(folder.Path, Connection(), new Dictionary<string, string>([holds.Setting, new("DOCCLASSIFIER__DOCUMENTSPERJOB", "1")])))
        {
            WaitUntil(() => Finished(folder.Path) >= expected - 1 && Unfinished() == "1", TimeSpan.FromMinutes(3));
            first.Kill();
        }

        using (var second = ServiceProcess.Start(folder.Path, Connection(), new Dictionary<string, string>([holds.Setting])))
        {
            WaitUntil(() => Unfinished() == "2", TimeSpan.FromMinutes(2));
            second.Kill();
        }

        var failed = Path.Combine(folder.Path, "failed", id + ".error.json");
        using (Start(folder.Path))
        {
            WaitUntil(() => File.Exists(failed) && Finished(folder.Path) >= expected, TimeSpan.FromMinutes(2));
        }

        var error = JsonDocument.Parse(File.ReadAllText(failed)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("readingInterrupted"));
            Assert.That(error.GetProperty("reason").GetString(), Does.Contain("started 2 times and never finished"));
            Assert.That(File.Exists(Path.Combine(folder.Path, "failed", error.GetProperty("documentFile").GetString()!)), Is.True, "the original is kept");
            Assert.That(Unfinished(), Is.EqualTo("2"), "kept until the document is retried");
        });
        AssertEachDocumentEndsOnce(folder.Path, expected);
    }

    private ServiceProcess Start(string baseDirectory) => ServiceProcess.Start(baseDirectory, Connection());

    [SetUp]
    public void NewDatabasePerTest() => currentConnection = null;

    // Each test gets a database of its own on the shared server; a restarted service finds the same one.
    private string? Connection()
    {
        if (server is null || currentConnection is not null)
        {
            return currentConnection;
        }

        currentConnection = server.NewDatabase();
        return currentConnection;
    }

    private string? currentConnection;

    private IDocumentLedger OpenLedger(string baseDirectory) =>
        currentConnection is null ? new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db")) : new PostgresDocumentLedger(currentConnection);

    private static int DropBatch(string baseDirectory, int seed)
    {
        var staging = Path.Combine(baseDirectory, "staging");
        CorpusGenerator.Generate(staging, perClass: 1, seed: seed);
        var batch = Path.Combine(baseDirectory, "inbox", "batch");
        Directory.CreateDirectory(batch);
        var files = Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(batch, Path.GetFileName(file)));
        }

        return files.Count;
    }

    // A document is finished when its result JSON, its error JSON, or (for review) its ledger state says so. A dropped
    // file the page model split into parts counts once: its parts are counted, less one for each part after the first.
    private int Finished(string baseDirectory)
    {
        var results = Count(Path.Combine(baseDirectory, "results"), "*.json");
        var failed = Count(Path.Combine(baseDirectory, "failed"), "*.error.json");
        var ledgerExists = currentConnection is not null || File.Exists(Path.Combine(baseDirectory, "ledger.db"));
        var pending = 0;
        var extraParts = 0;
        if (ledgerExists)
        {
            var ledger = OpenLedger(baseDirectory);
            var all = ledger.InStates(Enum.GetValues<DocumentState>());
            pending = all.Count(d => d.State == DocumentState.PendingReview);
            extraParts = all.Where(d => d.State == DocumentState.Split).Sum(d => Math.Max(0, all.Count(p => p.Parent == d.Id) - 1));
            (ledger as IDisposable)?.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return results + failed + pending - extraParts;
    }

    private void AssertEachDocumentEndsOnce(string baseDirectory, int expected)
    {
        var ledger = OpenLedger(baseDirectory);
        var all = ledger.InStates(Enum.GetValues<DocumentState>());
        (ledger as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var resultIds = Directory.Exists(Path.Combine(baseDirectory, "results"))
            ? Directory.GetFiles(Path.Combine(baseDirectory, "results"), "*.json", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList()
            : [];
        // A stack the page model split is one dropped file that ends as a split and whose parts each end once (on these
        // generated batches only a false split: a form with its attached contract, 2026-12-06).
        var splits = all.Where(d => d.State == DocumentState.Split).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Where(d => d.Parent is null).ToList(), Has.Count.EqualTo(expected));
            Assert.That(splits.Select(d => all.Count(p => p.Parent == d.Id)), Is.All.GreaterThan(1), "a split's parts are documents of their own");
            Assert.That(all.Except(splits).Select(d => d.State), Is.All.AnyOf(DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed));
            Assert.That(resultIds, Is.Unique, "no document delivered twice");
            Assert.That(resultIds, Is.EquivalentTo(all.Where(d => d.State == DocumentState.Delivered).Select(d => d.Id)));
        });
    }

    private static int Count(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Length : 0;

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the service did not finish in time");
            Thread.Sleep(500);
        }
    }
}
