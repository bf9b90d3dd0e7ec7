using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

/// <summary>A SQLite ledger in a temporary folder, for the contract fixtures.</summary>
internal sealed class SqliteLedgerFile : IDisposable
{
    private readonly TempFolder folder = new();

    public SqliteLedgerFile() => Ledger = new SqliteDocumentLedger(Path);

    public string Path => System.IO.Path.Combine(folder.Path, "ledger.db");

    public SqliteDocumentLedger Ledger { get; }

    public SqliteDocumentLedger Reopen(TimeProvider clock) => new(Path, clock);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
