using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DocClassifier.Storage;

/// <summary>The embedded default: one SQLite file, in WAL mode so readers never wait for the writer.</summary>
public sealed class SqliteDocumentLedger : SqlLedgerDatabase
{
    private readonly string connectionString;

    /// <param name="clock">Stamps the changes; the system clock when null.</param>
    public SqliteDocumentLedger(string path, TimeProvider? clock = null)
        : this(path, clock, schemaVersion: null)
    {
    }

    /// <summary>A ledger migrated only up to <paramref name="schemaVersion"/>: for tests that upgrade an older database.</summary>
    /// <remarks>A write transaction (BEGIN IMMEDIATE, Microsoft.Data.Sqlite's default) locks the whole database: no row lock is needed.</remarks>
    internal SqliteDocumentLedger(string path, TimeProvider? clock, int? schemaVersion)
        : base(lockRow: string.Empty, clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        using (var connection = Open())
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }

        Migrate(schemaVersion);
    }

    protected override string SerialKey => "INTEGER PRIMARY KEY AUTOINCREMENT";

    // In WAL mode NORMAL skips the flush at commit (a checkpoint still flushes). It may only be set outside a
    // transaction; every Open sets FULL back, since connections are pooled.
    protected override DbTransaction Begin(DbConnection connection, bool mustSurvivePowerLoss)
    {
        if (!mustSurvivePowerLoss)
        {
            SqlStatements.Execute(connection, null, "PRAGMA synchronous = NORMAL");
        }

        return connection.BeginTransaction();
    }

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();

        // SQLite's own busy handler waits for the writer lock in steps of a few milliseconds; without it
        // Microsoft.Data.Sqlite retries every 150 ms, which made each job wait behind intake's writes.
        // Commits wait for the disk unless a transaction asks otherwise (Begin).
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL";
        busy.ExecuteNonQuery();
        return connection;
    }
}
