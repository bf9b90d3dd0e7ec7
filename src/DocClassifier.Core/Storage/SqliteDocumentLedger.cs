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

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, original_file_name TEXT NOT NULL, source_folder TEXT NOT NULL, received_at BIGINT NOT NULL,
            archive_path TEXT NOT NULL, state TEXT NOT NULL, label TEXT, confidence DOUBLE PRECISION, error_code TEXT, detail TEXT,
            updated_at BIGINT NOT NULL);
        CREATE INDEX documents_state ON documents (state, received_at);
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL,
            from_state TEXT, to_state TEXT NOT NULL, detail TEXT);
        CREATE INDEX audit_document ON audit (document_id, seq);
        CREATE TABLE duplicates (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL, original_file_name TEXT NOT NULL,
            source_folder TEXT NOT NULL, duplicate_path TEXT NOT NULL, at BIGINT NOT NULL);
        """,
    ];

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
