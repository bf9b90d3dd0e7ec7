using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What every account store must do; run against SQLite and a real PostgreSQL server.</summary>
[TestFixture(typeof(SqliteLedgerFile))]
[TestFixture(typeof(PostgresLedger), Category = "Postgres")]
public class AccountStoreContract<TLedger> : LedgerContract<TLedger>
    where TLedger : ILedgerUnderTest, new()
{
    protected IAccountStore Accounts => Database.Accounts;

    [Test]
    public void Accounts_StoreUsersAndApiKeys()
    {
        var name = $"user-{Guid.NewGuid():N}"[..20];
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

        Assert.That(Accounts.SaveUser(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at)), Is.True);
        Assert.That(Accounts.SaveUser(new UserAccount(name, AccountRoles.Admin, "hash-2", at)), Is.False, "replaced");
        Assert.That(Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Admin, "hash-2", at)));

        var hash = Guid.NewGuid().ToString("N");
        Assert.That(Accounts.AddApiKey(new ApiKey(name, AccountRoles.Reviewer, hash, "admin", at)), Is.True);
        Assert.That(Accounts.AddApiKey(new ApiKey(name, AccountRoles.Admin, hash + "2", "admin", at)), Is.False, "the name is taken");
        Assert.That(Accounts.FindApiKey(hash)!.Name, Is.EqualTo(name));
        Assert.That(Accounts.RemoveApiKey(name), Is.True);
        Assert.That(Accounts.FindApiKey(hash), Is.Null);
    }

    [Test]
    public void Accounts_KeepTheSecurityStamp_CountFailedSignIns_LockOut_AndRemoveUsers()
    {
        var name = $"user-{Guid.NewGuid():N}"[..20];
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Accounts.SaveUser(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at, "stamp-1"));

        Assert.That(Accounts.AddFailedSignIn(name), Is.EqualTo(1));
        Assert.That(Accounts.AddFailedSignIn(name), Is.EqualTo(2));
        Assert.That(Accounts.AddFailedSignIn("nobody-" + name), Is.Zero, "unknown users are not stored");
        Accounts.LockOut(name, at.AddMinutes(15));
        Assert.That(Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Reviewer, "hash-1", at, "stamp-1", 0, at.AddMinutes(15))));

        Accounts.SaveUser(new UserAccount(name, AccountRoles.Admin, "hash-2", at, "stamp-2"));
        Assert.That(Accounts.FindUser(name), Is.EqualTo(new UserAccount(name, AccountRoles.Admin, "hash-2", at, "stamp-2")), "saving replaces stamp and lockout");
        Assert.That(Accounts.RemoveUser(name), Is.True);
        Assert.That(Accounts.RemoveUser(name), Is.False);
        Assert.That(Accounts.FindUser(name), Is.Null);
    }
}
