using System.CommandLine;
using System.Text.RegularExpressions;
using DocClassifier.Host.Commands;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Commands;

public sealed partial class UsersCommandTests
{
    [Test]
    public void UsersAdd_PrintsAGeneratedPasswordOnce_ThatSignsIn_AndApiKeysAdd_PrintsAWorkingKey()
    {
        using var folder = new TempFolder();

        var (userCode, userOutput) = Run("users", "add", "alice", "--role", "admin", "--base-dir", folder.Path);
        var (keyCode, keyOutput) = Run("apikeys", "add", "rpa-bot", "--base-dir", folder.Path);
        var (badCode, _) = Run("users", "add", "Alice Smith", "--base-dir", folder.Path);

        var password = PasswordPattern().Match(userOutput).Groups[1].Value;
        var key = KeyPattern().Match(keyOutput).Groups[1].Value;
        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        var accounts = new AccountService(ledger.Accounts, TimeProvider.System);
        Assert.Multiple(() =>
        {
            Assert.That(userCode, Is.Zero);
            Assert.That(accounts.Verify("alice", password)?.Role, Is.EqualTo(AccountRoles.Admin));
            Assert.That(ledger.Accounts.FindUser("alice")!.PasswordHash, Does.Not.Contain(password), "stored hashed");
            Assert.That(keyCode, Is.Zero);
            Assert.That(accounts.FindApiKey(key)?.Role, Is.EqualTo(AccountRoles.Reviewer));
            Assert.That(badCode, Is.Not.Zero, "names are lower-case slugs");
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Test]
    public void UsersRemove_DeletesTheUser_AndRefusesAnUnknownName_AndApiKeysAdd_RefusesATakenName()
    {
        using var folder = new TempFolder();
        Run("users", "add", "bob", "--base-dir", folder.Path);
        Run("apikeys", "add", "rpa-bot", "--base-dir", folder.Path);

        var (removed, output) = Run("users", "remove", "bob", "--base-dir", folder.Path);
        var (again, _) = Run("users", "remove", "bob", "--base-dir", folder.Path);
        var (taken, _) = Run("apikeys", "add", "rpa-bot", "--base-dir", folder.Path);

        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.Zero);
            Assert.That(output, Does.Contain("bob removed"));
            Assert.That(ledger.Accounts.FindUser("bob"), Is.Null);
            Assert.That(again, Is.EqualTo(2), "no such user");
            Assert.That(taken, Is.EqualTo(2), "the name is taken: an error, not a crash");
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = CommandLine.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (code, output.ToString());
    }

    [GeneratedRegex(@"Password \(shown once\): (\S+)")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"X-Api-Key\): (\S+)")]
    private static partial Regex KeyPattern();
}
