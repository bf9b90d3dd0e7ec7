using System.Data.Common;
using Npgsql;

namespace DocClassifier.Storage;

/// <summary>The production ledger: PostgreSQL shared by every node. Migrations take an advisory lock, so nodes may start together.</summary>
public sealed class PostgresDocumentLedger : SqlDocumentLedger, IDisposable
{
    // Any fixed number: the key of the advisory lock that serialises migrations across nodes.
    private const long MigrationLock = 0x446f63436c61;
    private readonly NpgsqlDataSource dataSource;

    public PostgresDocumentLedger(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        Migrate();
    }

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, original_file_name TEXT NOT NULL, source_folder TEXT NOT NULL, received_at BIGINT NOT NULL,
            archive_path TEXT NOT NULL, state TEXT NOT NULL, label TEXT, confidence DOUBLE PRECISION, error_code TEXT, detail TEXT,
            updated_at BIGINT NOT NULL);
        CREATE INDEX documents_state ON documents (state, received_at);
        CREATE TABLE audit (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, document_id TEXT NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL,
            from_state TEXT, to_state TEXT NOT NULL, detail TEXT);
        CREATE INDEX audit_document ON audit (document_id, seq);
        CREATE TABLE duplicates (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, document_id TEXT NOT NULL, original_file_name TEXT NOT NULL,
            source_folder TEXT NOT NULL, duplicate_path TEXT NOT NULL, at BIGINT NOT NULL);
        """,
    ];

    public void Dispose() => dataSource.Dispose();

    protected override DbConnection Open() => dataSource.OpenConnection();

    protected override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLock})";
        command.ExecuteNonQuery();
    }
}
