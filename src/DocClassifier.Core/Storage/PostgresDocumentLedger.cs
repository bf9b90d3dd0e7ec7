using System.Data.Common;
using Npgsql;

namespace DocClassifier.Storage;

/// <summary>The production ledger: PostgreSQL shared by every node. Migrations take an advisory lock, so nodes may start together.</summary>
public sealed class PostgresDocumentLedger : SqlLedgerDatabase, IDisposable
{
    // Any fixed number: the key of the advisory lock that serialises migrations across nodes.
    private const long MigrationLock = 0x446f63436c61;
    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource unsynchronised;

    /// <param name="clock">Stamps the changes; the system clock when null.</param>
    public PostgresDocumentLedger(string connectionString, TimeProvider? clock = null)
        : base(lockRow: " FOR UPDATE", clock, changesInOneStatement: true)
    {
        // The same few statements run for every document: prepared once per connection, they are parsed and planned once.
        // A pooled connection is not reset (DISCARD ALL) when returned: the reset would drop those prepared statements, and
        // the ledger leaves no session state behind (SET LOCAL and transaction-level locks end with their transaction;
        // the intake lease holds its lock on a connection of its own, outside the pool).
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
        }

        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);

        // A worker's own changes are redone by the next run if a server crash loses them (StateChange.Redoable), so their
        // commits need not wait for the WAL flush: a session setting, so that each change is one statement.
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        unsynchronised = NpgsqlDataSource.Create(builder.ConnectionString);
        Migrate();
    }

    protected override string SerialKey => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public void Dispose()
    {
        dataSource.Dispose();
        unsynchronised.Dispose();
    }

    protected override DbConnection Open() => dataSource.OpenConnection();

    protected override DbConnection OpenUnsynchronised() => unsynchronised.OpenConnection();

    // Without waiting for the WAL flush, PostgreSQL may lose the last such commits in a server crash, never half of one.
    protected override DbTransaction Begin(DbConnection connection, bool mustSurvivePowerLoss)
    {
        var transaction = connection.BeginTransaction();
        if (!mustSurvivePowerLoss)
        {
            SqlStatements.Execute(connection, transaction, "SET LOCAL synchronous_commit TO OFF");
        }

        return transaction;
    }

    protected override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLock})";
        command.ExecuteNonQuery();
    }
}
