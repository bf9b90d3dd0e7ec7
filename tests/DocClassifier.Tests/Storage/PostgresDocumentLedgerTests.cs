using DocClassifier.Storage;
using DocClassifier.Tests.Support;

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

    [Test]
    public void RecordingNewDocuments_TakesOneStatementADocument_ItsRowAndAuditEntryTogether()
    {
        using var ledger = new PostgresLedger();
        var known = Some.Document();
        ledger.Database.TryRecord(known, "intake");
        var fresh = Enumerable.Range(0, 4).Select(_ => Some.Document()).ToList();
        using var log = new NpgsqlCommandLog(ledger.ConnectionString);

        var recorded = ledger.Database.RecordAll([fresh[0], known, fresh[1], fresh[2], fresh[3]], "intake");

        Assert.That(recorded, Is.EquivalentTo(fresh.Select(d => d.Id)));
        Assert.That(log.Statements.Where(s => s.Contains("INSERT", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(5), "one statement for each document of the batch, the known one included");
        Assert.That(fresh.Select(d => ledger.Database.History(d.Id).Single().Actor), Is.All.EqualTo("intake"));
        Assert.That(ledger.Database.History(known.Id), Has.Count.EqualTo(1), "no second audit entry for a document already known");
    }

    [Test]
    public void TakingANewDocumentIntoProcessing_IsOneStatement_ItsChangeAuditAndRowTogether()
    {
        using var ledger = new PostgresLedger();
        var document = Some.Document();
        var warmUp = Some.Document();
        ledger.Database.RecordAll([document, warmUp], "intake");
        var start = new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1") { Redoable = true };
        _ = ledger.Database.ChangeAndFind(warmUp.Id, start); // the connection pool's first connection and the statement's preparation are not counted
        IReadOnlyCollection<string> taking, takenAgain;
        LedgerDocument? taken, again;
        using (var log = new NpgsqlCommandLog(ledger.ConnectionString))
        {
            taken = ledger.Database.ChangeAndFind(document.Id, start);
            taking = [.. log.Statements];
        }

        using (var log = new NpgsqlCommandLog(ledger.ConnectionString))
        {
            again = ledger.Database.ChangeAndFind(document.Id, start with { Actor = "worker-2" });
            takenAgain = [.. log.Statements];
        }

        Assert.That(taking, Has.Count.EqualTo(1), string.Join(Environment.NewLine, taking));
        Assert.That(taken?.State, Is.EqualTo(DocumentState.Processing));
        Assert.That(takenAgain, Has.Count.EqualTo(2), "a document no longer Received: the change that found nothing, then a read");
        Assert.That(again, Is.EqualTo(taken));
        Assert.That(ledger.Database.History(document.Id).Select(e => e.Actor), Is.EqualTo(new[] { "intake", "worker-1" }));
    }
}
