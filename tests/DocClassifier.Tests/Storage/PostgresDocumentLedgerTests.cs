using System.Collections.Concurrent;
using System.Diagnostics;
using DocClassifier.Storage;
using Npgsql;

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
        var database = new NpgsqlConnectionStringBuilder(ledger.ConnectionString).Database!;
        var known = Some.Document();
        ledger.Database.TryRecord(known, "intake");
        var fresh = Enumerable.Range(0, 4).Select(_ => Some.Document()).ToList();
        var statements = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var values = activity.TagObjects.Select(t => t.Value as string).OfType<string>().ToList();
                if (values.Contains(database) && values.FirstOrDefault(v => v.Contains("INSERT", StringComparison.Ordinal)) is { } statement)
                {
                    statements.Add(statement);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var recorded = ledger.Database.RecordAll([fresh[0], known, fresh[1], fresh[2], fresh[3]], "intake");

        Assert.That(recorded, Is.EquivalentTo(fresh.Select(d => d.Id)));
        Assert.That(statements, Has.Count.EqualTo(5), "one statement for each document of the batch, the known one included");
        Assert.That(fresh.Select(d => ledger.Database.History(d.Id).Single().Actor), Is.All.EqualTo("intake"));
        Assert.That(ledger.Database.History(known.Id), Has.Count.EqualTo(1), "no second audit entry for a document already known");
    }
}
