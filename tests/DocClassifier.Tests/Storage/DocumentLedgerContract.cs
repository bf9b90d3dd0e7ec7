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
    public void ClaimingNext_GivesEachReviewerADifferentItem_OldestFirst_UntilTheLeaseExpires()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var folder = $"claims-{Guid.NewGuid():N}";
        var older = Pending(Some.Document(now.AddMinutes(-10)) with { SourceFolder = folder });
        var newer = Pending(Some.Document(now.AddMinutes(-5)) with { SourceFolder = folder });
        var filter = new DocumentQuery { SourceFolder = folder };
        var lease = TimeSpan.FromMinutes(10);

        var anna = Ledger.TryClaimNext("anna", filter, now, lease);
        var bert = Ledger.TryClaimNext("bert", filter, now, lease);
        var carl = Ledger.TryClaimNext("carl", filter, now, lease);
        var annaAgain = Ledger.TryClaimNext("anna", filter, now.AddMinutes(1), lease);
        var afterExpiry = Ledger.TryClaimNext("carl", filter, now.AddMinutes(12), lease);

        Assert.That(anna!.Id, Is.EqualTo(older));
        Assert.That(anna.ClaimedBy, Is.EqualTo("anna"));
        Assert.That(anna.ClaimExpiresAt, Is.EqualTo(now + lease));
        Assert.That(bert!.Id, Is.EqualTo(newer));
        Assert.That(carl, Is.Null, "both are held");
        Assert.That(annaAgain!.Id, Is.EqualTo(older), "her own claim comes back to her");
        Assert.That(afterExpiry!.Id, Is.EqualTo(older), "an abandoned claim expires");
    }

    [Test]
    public void ClaimingNext_RacingReviewers_NeverShareAnItem()
    {
        var folder = $"race-{Guid.NewGuid():N}";
        var ids = Enumerable.Range(0, 8).Select(_ => Pending(Some.Document() with { SourceFolder = folder })).ToList();
        var filter = new DocumentQuery { SourceFolder = folder };

        var claimed = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => Ledger.TryClaimNext($"reviewer-{i}", filter, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))?.Id)
            .ToList();

        Assert.That(claimed, Is.EquivalentTo(ids));
    }

    [Test]
    public void ASkippedItem_IsReleased_AndExcludedItemsAreNotOffered()
    {
        var folder = $"skip-{Guid.NewGuid():N}";
        var first = Pending(Some.Document(DateTimeOffset.UtcNow.AddMinutes(-2)) with { SourceFolder = folder });
        var second = Pending(Some.Document() with { SourceFolder = folder });
        var filter = new DocumentQuery { SourceFolder = folder };
        Ledger.TryClaimNext("anna", filter, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        Assert.That(Ledger.ReleaseClaim(first, "bert"), Is.False, "not his");
        Assert.That(Ledger.ReleaseClaim(first, "anna"), Is.True);
        Assert.That(Ledger.Find(first)!.ClaimedBy, Is.Null);
        Assert.That(Ledger.TryClaimNext("anna", filter with { Exclude = [first] }, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))!.Id, Is.EqualTo(second));
    }

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
        Assert.That(Ledger.Search(In() with { State = DocumentState.Delivered }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Ledger.Search(In() with { Label = "stamp-tax", MinConfidence = 0.8 }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Ledger.Search(In() with { Text = "房屋" }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Ledger.Search(In() with { Text = "100%" }).Select(d => d.Id), Is.EqualTo(new[] { old.Id }), "% is literal");
        Assert.That(Ledger.Search(In() with { Text = recent.Id[..10] }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id }));
        Assert.That(Ledger.Search(In() with { To = now.AddDays(-1) }).Select(d => d.Id), Is.EqualTo(new[] { old.Id }));
        Assert.That(Ledger.Search(In() with { NewestFirst = true }).Select(d => d.Id), Is.EqualTo(new[] { recent.Id, old.Id }));
        Assert.That(Ledger.AuditSince(now.AddSeconds(-5)).Count(e => e.DocumentId == recent.Id), Is.EqualTo(3));
    }

    [Test]
    public void Accounts_StoreUsersAndApiKeys()
    {
        var name = $"user-{Guid.NewGuid():N}"[..20];
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

        Assert.That(Ledger.Accounts.SaveUser(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at)), Is.True);
        Assert.That(Ledger.Accounts.SaveUser(new UserAccount(name, AccountRoles.Admin, "hash-2", at)), Is.False, "replaced");
        Assert.That(Ledger.Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Admin, "hash-2", at)));

        var hash = Guid.NewGuid().ToString("N");
        Assert.That(Ledger.Accounts.AddApiKey(new ApiKey(name, AccountRoles.Reviewer, hash, "admin", at)), Is.True);
        Assert.That(Ledger.Accounts.AddApiKey(new ApiKey(name, AccountRoles.Admin, hash + "2", "admin", at)), Is.False, "the name is taken");
        Assert.That(Ledger.Accounts.FindApiKey(hash)!.Name, Is.EqualTo(name));
        Assert.That(Ledger.Accounts.RemoveApiKey(name), Is.True);
        Assert.That(Ledger.Accounts.FindApiKey(hash), Is.Null);
    }

    [Test]
    public void Accounts_KeepTheSecurityStamp_CountFailedSignIns_LockOut_AndRemoveUsers()
    {
        var name = $"user-{Guid.NewGuid():N}"[..20];
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Ledger.Accounts.SaveUser(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at, "stamp-1"));

        Assert.That(Ledger.Accounts.AddFailedSignIn(name), Is.EqualTo(1));
        Assert.That(Ledger.Accounts.AddFailedSignIn(name), Is.EqualTo(2));
        Assert.That(Ledger.Accounts.AddFailedSignIn("nobody-" + name), Is.Zero, "unknown users are not stored");
        Ledger.Accounts.LockOut(name, at.AddMinutes(15));
        Assert.That(Ledger.Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at, "stamp-1", 0, at.AddMinutes(15))));

        Ledger.Accounts.SaveUser(new UserAccount(name, AccountRoles.Admin, "hash-2", at, "stamp-2"));
        Assert.That(Ledger.Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Admin, "hash-2", at, "stamp-2")), "saving replaces stamp and lockout");
        Assert.That(Ledger.Accounts.RemoveUser(name), Is.True);
        Assert.That(Ledger.Accounts.RemoveUser(name), Is.False);
        Assert.That(Ledger.Accounts.FindUser(name), Is.Null);
    }

    private string Pending(NewDocument document)
    {
        Ledger.TryRecord(document, "intake");
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1") { Label = "stamp-tax", Confidence = 0.4 });
        return document.Id;
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
