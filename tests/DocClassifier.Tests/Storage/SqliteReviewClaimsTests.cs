using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

[TestFixture]
public class SqliteReviewClaimsTests : ReviewClaimsContract
{
    private SqliteLedgerFile file = null!;

    protected override SqlLedgerDatabase Database => file.Ledger;

    protected override SqlLedgerDatabase Reopen(TimeProvider clock) => file.Reopen(clock);

    [OneTimeSetUp]
    public void Create() => file = new SqliteLedgerFile();

    [OneTimeTearDown]
    public void Delete() => file.Dispose();
}
