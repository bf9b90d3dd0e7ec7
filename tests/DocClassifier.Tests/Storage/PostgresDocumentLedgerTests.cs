using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

[TestFixture]
[Category("Postgres")]
public class PostgresDocumentLedgerTests : DocumentLedgerContract
{
    private string database = null!;
    private PostgresDocumentLedger ledger = null!;

    protected override SqlLedgerDatabase Database => ledger;

    protected override SqlLedgerDatabase Reopen(TimeProvider clock) => new PostgresDocumentLedger(database, clock);

    [OneTimeSetUp]
    public void Connect()
    {
        database = SharedPostgres.NewDatabase();
        ledger = new PostgresDocumentLedger(database);
    }

    [OneTimeTearDown]
    public void Disconnect() => ledger.Dispose();

    [Test]
    public void TwoNodesStartingTogether_MigrateOnce()
    {
        var nodes = Enumerable.Range(0, 3).AsParallel().Select(_ => new PostgresDocumentLedger(database)).ToList();

        Assert.That(nodes.Select(n => n.Find("none")), Is.All.Null);
        nodes.ForEach(n => n.Dispose());
    }
}
