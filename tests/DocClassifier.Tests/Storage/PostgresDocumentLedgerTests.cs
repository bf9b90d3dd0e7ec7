using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

[TestFixture]
[Category("Postgres")]
public class PostgresDocumentLedgerTests : DocumentLedgerContract
{
    private PostgresServer server = null!;
    private PostgresDocumentLedger ledger = null!;

    protected override IDocumentLedger Ledger => ledger;

    [OneTimeSetUp]
    public void StartServer()
    {
        server = PostgresServer.Start();
        ledger = new PostgresDocumentLedger(server.ConnectionString);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        ledger.Dispose();
        server.Dispose();
    }

    [Test]
    public void TwoNodesStartingTogether_MigrateOnce()
    {
        var nodes = Enumerable.Range(0, 3).AsParallel().Select(_ => new PostgresDocumentLedger(server.ConnectionString)).ToList();

        Assert.That(nodes.Select(n => n.Find("none")), Is.All.Null);
        nodes.ForEach(n => n.Dispose());
    }
}
