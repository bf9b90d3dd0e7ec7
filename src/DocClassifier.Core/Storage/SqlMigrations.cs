using System.Data.Common;
using System.Globalization;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>
/// The ledger's schema, in order: each step runs once, in the caller's transaction, and is recorded in
/// schema_migrations, so every process may migrate at start-up. Steps are SQL both databases accept, or code.
/// </summary>
/// <param name="serialKey">The column type of an auto-numbered primary key: the one thing the two schemas spell differently.</param>
internal sealed class SqlMigrations(string serialKey)
{
    private IReadOnlyList<Action<DbConnection, DbTransaction>> Steps =>
    [
        Sql($"""
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, original_file_name TEXT NOT NULL, source_folder TEXT NOT NULL, received_at BIGINT NOT NULL,
            archive_path TEXT NOT NULL, state TEXT NOT NULL, label TEXT, confidence DOUBLE PRECISION, error_code TEXT, detail TEXT,
            updated_at BIGINT NOT NULL);
        CREATE INDEX documents_state ON documents (state, received_at);
        CREATE TABLE audit (
            seq {serialKey}, document_id TEXT NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL,
            from_state TEXT, to_state TEXT NOT NULL, detail TEXT);
        CREATE INDEX audit_document ON audit (document_id, seq);
        CREATE TABLE duplicates (
            seq {serialKey}, document_id TEXT NOT NULL, original_file_name TEXT NOT NULL,
            source_folder TEXT NOT NULL, duplicate_path TEXT NOT NULL, at BIGINT NOT NULL);
        """),
        Sql("""
        ALTER TABLE documents ADD COLUMN claimed_by TEXT;
        ALTER TABLE documents ADD COLUMN claim_expires_at BIGINT;
        CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
        CREATE TABLE api_keys (
            name TEXT PRIMARY KEY, role TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL, created_at BIGINT NOT NULL);
        CREATE INDEX documents_label ON documents (label, received_at);
        """),
        Sql("""
        ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
        ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE users ADD COLUMN locked_until BIGINT;
        """),
        (connection, transaction) =>
        {
            // 4: the reviewer's decision as a state of its own with its reviewer and time; audit entries with
            // structured columns; error codes spelt as in failed/*.error.json. Earlier rows are filled in once.
            Execute(connection, transaction, """
                ALTER TABLE documents ADD COLUMN decided_by TEXT;
                ALTER TABLE documents ADD COLUMN decided_at BIGINT;
                ALTER TABLE audit ADD COLUMN actor_kind TEXT;
                ALTER TABLE audit ADD COLUMN action TEXT;
                ALTER TABLE audit ADD COLUMN from_label TEXT;
                ALTER TABLE audit ADD COLUMN to_label TEXT;
                """);
            LegacyAuditBackfill.Run(connection, transaction);
        },
        Sql("""
        ALTER TABLE documents ADD COLUMN parent_id TEXT;
        ALTER TABLE documents ADD COLUMN pages TEXT;
        ALTER TABLE documents ADD COLUMN sheet_label TEXT;
        CREATE INDEX documents_parent ON documents (parent_id);
        """),
        Sql("""
        DROP INDEX documents_state;
        CREATE INDEX documents_state ON documents (state, received_at, id);
        CREATE INDEX documents_claimed ON documents (claimed_by);
        CREATE INDEX documents_received ON documents (received_at, id);
        """),
        Sql("ALTER TABLE documents ADD COLUMN split_proposal TEXT;"),
    ];

    /// <summary>The number of steps: the schema version of a fully migrated database.</summary>
    public int Latest => Steps.Count;

    /// <summary>Applies the steps after the recorded version, up to <paramref name="upTo"/> (the latest when null).</summary>
    public void Apply(DbConnection connection, DbTransaction transaction, TimeProvider clock, int? upTo = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
        var applied = Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), CultureInfo.InvariantCulture);
        var steps = Steps;
        for (var version = applied + 1; version <= (upTo ?? steps.Count); version++)
        {
            steps[version - 1](connection, transaction);
            Execute(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @at)", ("v", version), ("at", clock.GetUtcNow().ToUnixTimeMilliseconds()));
        }
    }

    private static Action<DbConnection, DbTransaction> Sql(string script) => (connection, transaction) => Execute(connection, transaction, script);
}
