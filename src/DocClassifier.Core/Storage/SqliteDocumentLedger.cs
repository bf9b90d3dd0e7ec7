using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DocClassifier.Storage;

/// <summary>The embedded default: one SQLite file, in WAL mode so readers never wait for the writer.</summary>
public sealed class SqliteDocumentLedger : SqlDocumentLedger
{
    private readonly string connectionString;

    public SqliteDocumentLedger(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        using (var connection = Open())
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }

        Migrate();
    }

    protected override string SerialKey => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();

        // SQLite's own busy handler waits for the writer lock in steps of a few milliseconds; without it
        // Microsoft.Data.Sqlite retries every 150 ms, which made each job wait behind intake's writes.
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 30000";
        busy.ExecuteNonQuery();
        return connection;
    }
}
