using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What every ledger must do; run against SQLite and a real PostgreSQL server.</summary>
public abstract class DocumentLedgerContract
{
    private static int counter;

    protected abstract IDocumentLedger Ledger { get; }

    [Test]
    public void RecordingANewDocument_MakesItReceived_WithAnAuditEntry()
    {
        var document = Some.Document();

        Assert.That(Ledger.TryRecord(document, "system"), Is.True);

        var found = Ledger.Find(document.Id)!;
        Assert.That(found.State, Is.EqualTo(DocumentState.Received));
        Assert.That(found.OriginalFileName, Is.EqualTo(document.OriginalFileName));
        Assert.That(found.ReceivedAt, Is.EqualTo(document.ReceivedAt));
        Assert.That(Ledger.History(document.Id).Single().To, Is.EqualTo(DocumentState.Received));
    }

    [Test]
    public void RecordingTheSameIdTwice_IsRefused_AndTheFirstRecordStays()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "system");

        Assert.That(Ledger.TryRecord(document with { OriginalFileName = "copy.pdf" }, "system"), Is.False);
        Assert.That(Ledger.Find(document.Id)!.OriginalFileName, Is.EqualTo(document.OriginalFileName));
    }

    [Test]
    public void AChange_HappensOnlyFromTheExpectedState()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "system");

        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1")), Is.True);
        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-2")), Is.False, "compare-and-set");
        Assert.That(
            Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.Delivered, "model:m@1") { Label = "stamp-tax", Confidence = 0.93 }),
            Is.True);

        var found = Ledger.Find(document.Id)!;
        Assert.That(found.State, Is.EqualTo(DocumentState.Delivered));
        Assert.That(found.Label, Is.EqualTo("stamp-tax"));
        Assert.That(found.Confidence, Is.EqualTo(0.93).Within(1e-9));
        Assert.That(Ledger.History(document.Id).Select(h => (h.From, h.To, h.Actor)), Is.EqualTo(new (DocumentState?, DocumentState, string)[]
        {
            (null, DocumentState.Received, "system"),
            (DocumentState.Received, DocumentState.Processing, "worker-1"),
            (DocumentState.Processing, DocumentState.Delivered, "model:m@1"),
        }));
    }

    [Test]
    public void ConcurrentChangesOfOneDocument_LetExactlyOneWin()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "system");

        var wins = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Count(i => Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, $"worker-{i}")));

        Assert.That(wins, Is.EqualTo(1));
        Assert.That(Ledger.History(document.Id), Has.Count.EqualTo(2));
    }

    [Test]
    public void InStates_ListsOnlyThoseStates_OldestFirst()
    {
        var older = Some.Document(DateTimeOffset.UtcNow.AddHours(-2));
        var newer = Some.Document(DateTimeOffset.UtcNow.AddHours(-1));
        var done = Some.Document();
        foreach (var d in new[] { newer, older, done })
        {
            Ledger.TryRecord(d, "system");
        }

        Ledger.TryChange(done.Id, new StateChange(DocumentState.Received, DocumentState.Failed, "system") { ErrorCode = "EmptyFile" });

        var unfinished = Ledger.InStates([DocumentState.Received, DocumentState.Processing]).Select(d => d.Id).ToList();
        Assert.That(unfinished, Does.Contain(older.Id).And.Contain(newer.Id).And.Not.Contain(done.Id));
        Assert.That(unfinished.IndexOf(older.Id), Is.LessThan(unfinished.IndexOf(newer.Id)));
        Assert.That(Ledger.Find(done.Id)!.ErrorCode, Is.EqualTo("EmptyFile"));
    }

    [Test]
    public void ADuplicate_IsRecordedInTheOriginalsHistory()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "system");

        Ledger.RecordDuplicate(document.Id, "again.pdf", "counter-2", "duplicates/x-again.pdf", DateTimeOffset.UtcNow);

        var last = Ledger.History(document.Id)[^1];
        Assert.That(last.To, Is.EqualTo(DocumentState.Duplicate));
        Assert.That(last.Detail, Does.Contain("again.pdf"));
        Assert.That(Ledger.Find(document.Id)!.State, Is.EqualTo(DocumentState.Received), "the original's own state is untouched");
    }

    private static class Some
    {
        public static NewDocument Document(DateTimeOffset? at = null)
        {
            var n = Interlocked.Increment(ref counter);
            var id = $"{Guid.NewGuid():N}{n:D8}".PadRight(64, '0')[..64];
            var received = DateTimeOffset.FromUnixTimeMilliseconds((at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
            return new NewDocument(id, $"掃描-{n}.pdf", "counter-1", received, $"archive/2026/11/{id}.pdf");
        }
    }
}
