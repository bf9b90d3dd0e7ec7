using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

[TestFixture]
[Category("Postgres")]
public class PostgresDocumentLedgerTests
{
    [Test]
    public void TwoNodesStartingTogether_MigrateOnce()
    {
        using var first = new PostgresLedger();

        var nodes = Enumerable.Range(0, 3).AsParallel().Select(_ => new PostgresDocumentLedger(first.ConnectionString)).ToList();

        Assert.That(nodes.Select(n => n.Find("none")), Is.All.Null);
        nodes.ForEach(n => n.Dispose());
    }
}
