using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

/// <summary>A SQLite ledger in a temporary folder.</summary>
public sealed class SqliteLedgerFile : ILedgerUnderTest
{
    private readonly TempFolder folder = new();

    public SqliteLedgerFile() => Ledger = new SqliteDocumentLedger(Path);

    public string Path => System.IO.Path.Combine(folder.Path, "ledger.db");

    public SqliteDocumentLedger Ledger { get; }

    public SqlLedgerDatabase Database => Ledger;

    public SqlLedgerDatabase Reopen(TimeProvider clock) => new SqliteDocumentLedger(Path, clock);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
