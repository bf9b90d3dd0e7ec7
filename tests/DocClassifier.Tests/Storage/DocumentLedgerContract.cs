using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

/// <summary>What every store of documents and audit must do; run against SQLite and a real PostgreSQL server.</summary>
[TestFixture(typeof(SqliteLedgerFile))]
[TestFixture(typeof(PostgresLedger), Category = "Postgres")]
public class DocumentLedgerContract<TLedger> : LedgerContract<TLedger>
    where TLedger : ILedgerUnderTest, new()
{

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
    public void ASplitProposal_StaysUntilAChangeReplacesIt_AndAnEmptyOneEndsTheWait()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "system");
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker") { Redoable = true });

        Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "worker", "unsure") { SplitProposal = "2:0.6200 3:0.0100", Redoable = true });
        var waiting = Ledger.Find(document.Id)!;
        Ledger.TryChange(document.Id, new StateChange(DocumentState.PendingReview, DocumentState.Received, "reviewer:alice") { SplitProposal = string.Empty });
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker") { Redoable = true });
        var again = Ledger.Find(document.Id)!;

        Assert.That((waiting.SplitProposal, waiting.WaitsForSplit), Is.EqualTo(("2:0.6200 3:0.0100", true)));
        Assert.That((again.SplitProposal, again.WaitsForSplit), Is.EqualTo((string.Empty, false)));
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
    public void RecordAll_RecordsABatchInOneGo_AndNamesOnlyTheDocumentsItAdded()
    {
        var known = Some.Document();
        Ledger.TryRecord(known, "system");
        var fresh = Enumerable.Range(0, 3).Select(_ => Some.Document()).ToList();

        var recorded = Ledger.RecordAll([fresh[0], known with { OriginalFileName = "copy.pdf" }, fresh[1], fresh[2], fresh[1] with { OriginalFileName = "twice.pdf" }], "intake");

        Assert.That(recorded, Is.EquivalentTo(fresh.Select(d => d.Id)));
        Assert.That(fresh.Select(d => Ledger.Find(d.Id)?.State), Is.All.EqualTo(DocumentState.Received));
        Assert.That(Ledger.Find(fresh[1].Id)!.OriginalFileName, Is.EqualTo(fresh[1].OriginalFileName), "the first of two with one id is the one kept");
        Assert.That(Ledger.Find(known.Id)!.OriginalFileName, Is.EqualTo(known.OriginalFileName));
        Assert.That(Ledger.History(fresh[2].Id).Single().Actor, Is.EqualTo("intake"));
        Assert.That(Ledger.RecordAll([], "intake"), Is.Empty);
    }

    [Test]
    public void RecordSplit_MovesTheStackAndRecordsItsPartsWithParentAndPages_OnlyOnce()
    {
        var stack = Some.Document();
        Ledger.TryRecord(stack, "intake");
        Ledger.TryChange(stack.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1"));
        var parts = new[]
        {
            Some.Document() with { Parent = stack.Id, Pages = "1-2" },
            Some.Document() with { Parent = stack.Id, Pages = "4", SheetLabel = "stamp-tax" },
        };
        var split = new StateChange(DocumentState.Processing, DocumentState.Split, "worker-1", "split into 2 parts");

        Assert.That(Ledger.RecordSplit(stack.Id, split, parts), Is.True);
        Assert.That(Ledger.RecordSplit(stack.Id, split, [Some.Document() with { Parent = stack.Id, Pages = "5" }]), Is.False, "the stack is no longer Processing");

        Assert.That(Ledger.Find(stack.Id)!.State, Is.EqualTo(DocumentState.Split));
        Assert.That(Ledger.History(stack.Id)[^1].Action, Is.EqualTo(AuditAction.Split));
        Assert.That(Ledger.InStates([DocumentState.Received], int.MaxValue).Where(d => d.Parent == stack.Id).Select(d => (d.Parent, d.Pages, d.SheetLabel)), Is.EquivalentTo(new[] { (stack.Id, "1-2", (string?)null), (stack.Id, "4", "stamp-tax") }));
        Assert.That(Ledger.Find(stack.Id)!.Parent, Is.Null);
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
    public void ChangeAndFind_ReturnsTheDocumentChanged_OrAsItStandsWhenItWasNotInTheStartingState()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "intake");
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).AddMinutes(-1);

        var taken = Ledger.ChangeAndFind(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1") { Redoable = true, At = at });
        var again = Ledger.ChangeAndFind(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-2") { Redoable = true });
        var sent = Ledger.ChangeAndFind(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1", "unsure") { Label = "stamp-tax", Confidence = 0.6 });

        Assert.That((taken?.State, taken?.UpdatedAt, taken?.OriginalFileName), Is.EqualTo(((DocumentState?)DocumentState.Processing, (DateTimeOffset?)at, document.OriginalFileName)));
        Assert.That(again, Is.EqualTo(taken), "no longer Received: read as it stands, unchanged");
        Assert.That(sent, Is.EqualTo(Ledger.Find(document.Id)), "the row returned is the row stored");
        Assert.That((sent?.State, sent?.Label, sent?.Detail), Is.EqualTo(((DocumentState?)DocumentState.PendingReview, "stamp-tax", "unsure")));
        Assert.That(
            Ledger.History(document.Id).Select(e => (e.Actor, e.To, e.ToLabel)),
            Is.EqualTo(new (string, DocumentState, string?)[] { ("intake", DocumentState.Received, null), ("worker-1", DocumentState.Processing, null), ("model:m@1", DocumentState.PendingReview, "stamp-tax") }));
        Assert.That(Ledger.ChangeAndFind("unknown", new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1")), Is.Null);
    }

    [Test]
    public void RedoableChanges_AreCompareAndSetAndAuditedLikeAnyOther()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "intake");

        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-1") { Redoable = true }), Is.True);
        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker-2") { Redoable = true }), Is.False);
        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1") { Label = "stamp-tax", Redoable = true }), Is.True);
        Assert.That(Ledger.TryChange(document.Id, new StateChange(DocumentState.PendingReview, DocumentState.Processing, "reviewer:amy")), Is.True);

        Assert.That(Ledger.Find(document.Id)!.Label, Is.EqualTo("stamp-tax"));
        Assert.That(Ledger.History(document.Id).Select(h => h.Actor), Is.EqualTo(new[] { "intake", "worker-1", "model:m@1", "reviewer:amy" }));
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

    [Test]
    public void AuditEntries_CarryTheActorsKind_TheAction_AndTheLabelsBeforeAndAfter_AsColumns()
    {
        var document = Some.Document();
        var decidedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).AddMinutes(-3);
        var id = Pending(document);

        Assert.That(
            Ledger.TryChange(id, new StateChange(DocumentState.PendingReview, DocumentState.Decided, "reviewer:rosa", "a note") { Label = "deed-tax", DecidedBy = "rosa", At = decidedAt }),
            Is.True);
        var decided = Ledger.Find(id)!;
        Assert.That(Ledger.TryChange(id, new StateChange(DocumentState.Decided, DocumentState.Delivered, "reviewer:rosa", "corrected")), Is.True);

        Assert.That((decided.State, decided.Label, decided.DecidedBy, decided.DecidedAt), Is.EqualTo((DocumentState.Decided, "deed-tax", "rosa", decidedAt)));
        Assert.That(
            Ledger.History(id).Select(e => (e.Kind, e.Action, e.FromLabel, e.ToLabel)),
            Is.EqualTo(new (ActorKind, AuditAction, string?, string?)[]
            {
                (ActorKind.Intake, AuditAction.Received, null, null),
                (ActorKind.Worker, AuditAction.Started, null, null),
                (ActorKind.Model, AuditAction.SentToReview, null, "stamp-tax"),
                (ActorKind.Reviewer, AuditAction.Decided, "stamp-tax", "deed-tax"),
                (ActorKind.Reviewer, AuditAction.Delivered, "deed-tax", "deed-tax"),
            }));
        Assert.That(Ledger.History(id)[3].At, Is.EqualTo(decidedAt), "a decision and its audit entry carry one time");
    }

    [Test]
    public void AnExplicitActorKind_IsKeptWhateverTheActorsName()
    {
        var document = Some.Document();
        Ledger.TryRecord(document, "api:key:scanner");

        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Failed, "clerk-7") { Kind = ActorKind.System });

        Assert.That(Ledger.History(document.Id).Select(e => e.Kind), Is.EqualTo(new[] { ActorKind.Api, ActorKind.System }));
    }

    [Test]
    public void Changes_AreStampedByTheLedgersClock()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).AddDays(-40);
        var clock = new ManualClock(at);
        var reopened = Reopen(clock);
        try
        {
            var document = Some.Document();
            reopened.TryRecord(document, "intake");
            clock.Advance(TimeSpan.FromMinutes(5));

            reopened.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));

            Assert.That(Ledger.Find(document.Id)!.UpdatedAt, Is.EqualTo(at.AddMinutes(5)));
            Assert.That(Ledger.History(document.Id)[^1].At, Is.EqualTo(at.AddMinutes(5)));
        }
        finally
        {
            (reopened as IDisposable)?.Dispose();
        }
    }
}
