using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

[TestFixture]
public class SqliteDocumentLedgerTests : DocumentLedgerContract
{
    private TempFolder folder = null!;
    private SqliteDocumentLedger ledger = null!;

    protected override IDocumentLedger Ledger => ledger;

    [OneTimeSetUp]
    public void Create()
    {
        folder = new TempFolder();
        ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Test]
    public void OpeningTheSameFileAgain_KeepsTheDataAndDoesNotMigrateTwice()
    {
        var document = new NewDocument(new string('a', 64), "a.pdf", string.Empty, DateTimeOffset.UtcNow, "archive/a.pdf");
        ledger.TryRecord(document, "system");

        var reopened = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));

        Assert.That(reopened.Find(document.Id), Is.Not.Null);
    }
}
