using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What every document search must do; run against SQLite and a real PostgreSQL server.</summary>
[TestFixture(typeof(SqliteLedgerFile))]
[TestFixture(typeof(PostgresLedger), Category = "Postgres")]
public class DocumentSearchContract<TLedger> : LedgerContract<TLedger>
    where TLedger : ILedgerUnderTest, new()
{
    protected IDocumentSearch Documents => Database;

    [Test]
    public void Search_FiltersByStateLabelTextAndTime()
    {
        var folder = $"search-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        var old = Some.Document(now.AddDays(-3)) with { SourceFolder = folder, OriginalFileName = "old_100%.pdf" };
        var recent = Some.Document(now) with { SourceFolder = folder, OriginalFileName = "房屋稅.pdf" };
        Ledger.TryRecord(old, "intake");
        Ledger.TryRecord(recent, "intake");
        Ledger.TryChange(recent.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "w"));
        Ledger.TryChange(recent.Id, new StateChange(DocumentState.Processing, DocumentState.Delivered, "m") { Label = "stamp-tax", Confidence = 0.9 });

        DocumentQuery In() => new() { SourceFolder = folder };
        Assert.That(Documents.Search(In() with { State = DocumentState.Delivered }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Documents.Search(In() with { Label = "stamp-tax", MinConfidence = 0.8 }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Documents.Search(In() with { Text = "房屋" }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Documents.Search(In() with { Text = "100%" }).Select(d => d.Id), Is.EqualTo(new[] { old.Id }), "% is literal");
        Assert.That(Documents.Search(In() with { Text = recent.Id[..10] }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Documents.Search(In() with { To = now.AddDays(-1) }).Select(d => d.Id), Is.EqualTo(new[] { old.Id }));
        Assert.That(Documents.Search(In() with { NewestFirst = true }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id, old.Id }));
        Assert.That(Ledger.AuditSince(now.AddSeconds(-5)).Count(e => e.DocumentId == recent.Id), Is.EqualTo(3));
    }
}
