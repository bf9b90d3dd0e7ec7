using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What every store of review claims must do; run against SQLite and a real PostgreSQL server.</summary>
[TestFixture(typeof(SqliteLedgerFile))]
[TestFixture(typeof(PostgresLedger), Category = "Postgres")]
public class ReviewClaimsContract<TLedger> : LedgerContract<TLedger>
    where TLedger : ILedgerUnderTest, new()
{
    protected IReviewClaims Claims => Database;

    [Test]
    public void ClaimingNext_GivesEachReviewerADifferentItem_OldestFirst_UntilTheLeaseExpires()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var folder = $"claims-{Guid.NewGuid():N}";
        var older = Pending(Some.Document(now.AddMinutes(-10)) with { SourceFolder = folder });
        var newer = Pending(Some.Document(now.AddMinutes(-5)) with { SourceFolder = folder });
        var filter = new DocumentQuery { SourceFolder = folder };
        var lease = TimeSpan.FromMinutes(10);

        var anna = Claims.TryClaimNext("anna", filter, now, lease);
        var bert = Claims.TryClaimNext("bert", filter, now, lease);
        var carl = Claims.TryClaimNext("carl", filter, now, lease);
        var annaAgain = Claims.TryClaimNext("anna", filter, now.AddMinutes(1), lease);
        var afterExpiry = Claims.TryClaimNext("carl", filter, now.AddMinutes(12), lease);

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
            .Select(i => Claims.TryClaimNext($"reviewer-{i}", filter, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))?.Id)
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
        Claims.TryClaimNext("anna", filter, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        Assert.That(Claims.ReleaseClaim(first, "bert"), Is.False, "not his");
        Assert.That(Claims.ReleaseClaim(first, "anna"), Is.True);
        Assert.That(Ledger.Find(first)!.ClaimedBy, Is.Null);
        Assert.That(Claims.TryClaimNext("anna", filter with { Exclude = [first] }, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))!.Id, Is.EqualTo(second));
    }
}
