using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>A PostgreSQL ledger in a database of its own on the shared throwaway server.</summary>
public sealed class PostgresLedger : ILedgerUnderTest
{
    private readonly PostgresDocumentLedger ledger;

    public PostgresLedger()
    {
        ConnectionString = SharedPostgres.NewDatabase();
        ledger = new PostgresDocumentLedger(ConnectionString);
    }

    public string ConnectionString { get; }

    public SqlLedgerDatabase Database => ledger;

    public SqlLedgerDatabase Reopen(TimeProvider clock) => new PostgresDocumentLedger(ConnectionString, clock);

    public void Dispose() => ledger.Dispose();
}
