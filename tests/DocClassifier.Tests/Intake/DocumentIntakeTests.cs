using DocClassifier.Intake;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Intake;

[TestFixture]
public class DocumentIntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
    private TempFolder folder = null!;
    private SqliteDocumentLedger ledger = null!;
    private DocumentIntake intake = null!;

    private string Inbox => Path.Combine(folder.Path, "inbox");

    [SetUp]
    public void Create()
    {
        folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(Inbox, "counter-2"));
        ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        intake = new DocumentIntake(ledger, Inbox, Path.Combine(folder.Path, "archive"), Path.Combine(folder.Path, "duplicates"), new ManualClock(Now));
    }

    [TearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Test]
    public void ANewFile_IsRecordedThenMovedToTheArchiveUnderItsHash()
    {
        var file = folder.Write("inbox/counter-2/申請書.PDF", "%PDF-1.4 one"u8.ToArray());

        var result = intake.Ingest(file);

        Assert.That(result.IsNew, Is.True);
        Assert.That(result.StoredAt, Is.EqualTo(Path.Combine(folder.Path, "archive", "2026", "11", result.DocumentId + ".pdf")));
        Assert.That(File.Exists(result.StoredAt), Is.True);
        Assert.That(File.Exists(file), Is.False);
        var recorded = ledger.Find(result.DocumentId)!;
        Assert.That((recorded.State, recorded.OriginalFileName, recorded.SourceFolder), Is.EqualTo((DocumentState.Received, "申請書.PDF", "counter-2")));
    }

    [Test]
    public void ASecondCopyOfAKnownDocument_GoesToDuplicates_AndIsRecordedAgainstTheOriginal()
    {
        var first = intake.Ingest(folder.Write("inbox/a.pdf", "%PDF-1.4 same"u8.ToArray()));

        var second = intake.Ingest(folder.Write("inbox/counter-2/a-again.pdf", "%PDF-1.4 same"u8.ToArray()));

        Assert.That(second.IsNew, Is.False);
        Assert.That(second.DocumentId, Is.EqualTo(first.DocumentId));
        Assert.That(Path.GetDirectoryName(second.StoredAt), Is.EqualTo(Path.Combine(folder.Path, "duplicates")));
        Assert.That(File.Exists(second.StoredAt) && File.Exists(first.StoredAt), Is.True, "nothing a clerk dropped is deleted");
        Assert.That(ledger.History(first.DocumentId)[^1].To, Is.EqualTo(DocumentState.Duplicate));
    }

    [Test]
    public void AFileRecordedByARunThatStoppedBeforeTheMove_IsArchivedNotCalledADuplicate()
    {
        var file = folder.Write("inbox/b.pdf", "%PDF-1.4 interrupted"u8.ToArray());
        var id = DocumentIntake.HashOf(file);
        var archive = Path.Combine(folder.Path, "archive", "2026", "11", id + ".pdf");
        ledger.TryRecord(new NewDocument(id, "b.pdf", string.Empty, Now, archive), "intake");

        var result = intake.Ingest(file);

        Assert.That(result.IsNew, Is.True);
        Assert.That(File.Exists(archive), Is.True);
        Assert.That(Directory.Exists(Path.Combine(folder.Path, "duplicates")), Is.False);
    }

    [Test]
    public void ABatch_IsRecordedAndArchived_AndTwoCopiesInItKeepBothFiles()
    {
        var files = new[]
        {
            folder.Write("inbox/one.pdf", "%PDF-1.4 one"u8.ToArray()),
            folder.Write("inbox/same.pdf", "%PDF-1.4 same"u8.ToArray()),
            folder.Write("inbox/counter-2/same.pdf", "%PDF-1.4 same"u8.ToArray()),
            folder.Write("inbox/counter-2/two.tif", "II*\0 two"u8.ToArray()),
        };
        var notTaken = new List<string>();

        var results = intake.IngestAll(files, (path, _) => notTaken.Add(path));

        Assert.That(notTaken, Is.Empty);
        Assert.That(results.Select(r => (r.TakenFrom, r.IsNew)), Is.EqualTo(new[] { (files[0], true), (files[1], true), (files[2], false), (files[3], true) }));
        Assert.That(results.Select(r => r.StoredAt).Distinct().Count(), Is.EqualTo(4));
        Assert.That(results.Select(r => File.Exists(r.StoredAt)), Is.All.True, "nothing a clerk dropped is deleted");
        Assert.That(files.Select(File.Exists), Is.All.False);
        Assert.That(ledger.Find(results[3].DocumentId)!.SourceFolder, Is.EqualTo("counter-2"));
        Assert.That(ledger.History(results[1].DocumentId)[^1].To, Is.EqualTo(DocumentState.Duplicate));
    }

    [Test]
    public void AFileOfABatchThatVanished_IsReported_AndTheOthersAreTaken()
    {
        var kept = folder.Write("inbox/kept.pdf", "%PDF-1.4 kept"u8.ToArray());
        var gone = Path.Combine(Inbox, "gone.pdf");

        var notTaken = new List<string>();
        var results = intake.IngestAll([gone, kept], (path, e) => notTaken.Add($"{Path.GetFileName(path)}: {e.GetType().Name}"));

        Assert.That(notTaken, Is.EqualTo(new[] { "gone.pdf: FileNotFoundException" }));
        Assert.That(results.Single().TakenFrom, Is.EqualTo(kept));
        Assert.That(ledger.Find(results.Single().DocumentId)!.State, Is.EqualTo(DocumentState.Received));
    }

    [Test]
    public void ADuplicateArrivingInTheSameMillisecondAsAnother_DoesNotReplaceIt()
    {
        intake.Ingest(folder.Write("inbox/a.pdf", "%PDF-1.4 same"u8.ToArray()));
        var first = intake.Ingest(folder.Write("inbox/a.pdf", "%PDF-1.4 same"u8.ToArray()));

        var second = intake.Ingest(folder.Write("inbox/a.pdf", "%PDF-1.4 same"u8.ToArray()));

        Assert.That(second.StoredAt, Is.Not.EqualTo(first.StoredAt));
        Assert.That(File.Exists(first.StoredAt) && File.Exists(second.StoredAt), Is.True);
    }

    [Test]
    public void ADuplicateWithAnEightyCharacterChineseName_IsMovedUnderAShortenedName_ThatKeepsTheStampAndTheExtension()
    {
        var name = string.Concat(Enumerable.Repeat("房屋稅減免申請書", 10)) + ".pdf"; // 80 characters, 244 bytes: fits alone, not after the stamp
        var first = intake.Ingest(folder.Write("inbox/first.pdf", "%PDF-1.4 long"u8.ToArray()));

        var second = intake.Ingest(folder.Write("inbox/counter-2/" + name, "%PDF-1.4 long"u8.ToArray()));

        var stored = Path.GetFileName(second.StoredAt);
        Assert.That(second.IsNew, Is.False);
        Assert.That(File.Exists(second.StoredAt), Is.True);
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(stored), Is.LessThanOrEqualTo(255));
        Assert.That(stored, Does.StartWith(first.DocumentId[..12] + "-20261128093000000-").And.EndWith(".pdf").And.Contain("房屋稅減免"));
        Assert.That(File.Exists(Path.Combine(Inbox, "counter-2", name)), Is.False, "taken, not left to loop");
    }

    [Test]
    public void ALinkSwappedInBetweenTheCheckAndTheOpen_IsRefused_AndStaysInTheInbox()
    {
        var secret = folder.Write("secret.pdf", "%PDF-1.4 not for the inbox"u8.ToArray());
        var link = Path.Combine(Inbox, "counter-2", "scan.pdf");
        File.CreateSymbolicLink(link, secret); // after the watcher saw a plain file there
        var refused = new List<(string Path, IOException Error)>();

        var taken = intake.IngestAll([link], (path, e) => refused.Add((path, e)));

        Assert.That(taken, Is.Empty);
        Assert.That(refused, Has.Count.EqualTo(1));
        Assert.That(refused[0].Error.Message, Does.Contain("symbolic link"));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(secret), "the link stays where it was");
        Assert.That(ledger.InStates(Enum.GetValues<DocumentState>()), Is.Empty, "nothing of the target is recorded");
        Assert.That(Directory.Exists(Path.Combine(folder.Path, "archive")) ? Directory.GetFiles(Path.Combine(folder.Path, "archive"), "*", SearchOption.AllDirectories) : [], Is.Empty);
    }
}
