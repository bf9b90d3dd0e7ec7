using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

[TestFixture]
[Category("Postgres")]
public class PostgresAccountStoreTests : AccountStoreContract
{
    private string database = null!;
    private PostgresDocumentLedger ledger = null!;

    protected override SqlLedgerDatabase Database => ledger;

    protected override SqlLedgerDatabase Reopen(TimeProvider clock) => new PostgresDocumentLedger(database, clock);

    [OneTimeSetUp]
    public void Connect()
    {
        database = SharedPostgres.NewDatabase();
        ledger = new PostgresDocumentLedger(database);
    }

    [OneTimeTearDown]
    public void Disconnect() => ledger.Dispose();
}
