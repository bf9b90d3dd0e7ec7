using System.Data.Common;

namespace DocClassifier.Storage;

/// <summary>
/// The ledger in SQL that SQLite and PostgreSQL both speak (named parameters, ON CONFLICT, LIMIT);
/// the two differ only in how they connect and in their migrations. Times are Unix milliseconds.
/// </summary>
public abstract class SqlDocumentLedger : IDocumentLedger
{
    private const string Columns =
        "id, original_file_name, source_folder, received_at, archive_path, state, label, confidence, error_code, detail, updated_at";

    public bool TryRecord(NewDocument document, string actor)
    {
        ArgumentNullException.ThrowIfNull(document);
        return InTransaction((connection, transaction) =>
        {
            var inserted = Execute(
                connection,
                transaction,
                $"INSERT INTO documents ({Columns}) VALUES (@id, @name, @folder, @received, @archive, @state, NULL, NULL, NULL, NULL, @received) ON CONFLICT (id) DO NOTHING",
                ("id", document.Id),
                ("name", document.OriginalFileName),
                ("folder", document.SourceFolder),
                ("received", document.ReceivedAt.ToUnixTimeMilliseconds()),
                ("archive", document.ArchivePath),
                ("state", nameof(DocumentState.Received))) == 1;
            if (inserted)
            {
                Audit(connection, transaction, document.Id, document.ReceivedAt, actor, null, DocumentState.Received, $"{document.SourceFolder}/{document.OriginalFileName}".TrimStart('/'));
            }

            return inserted;
        });
    }

    public void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at) =>
        InTransaction((connection, transaction) =>
        {
            Execute(
                connection,
                transaction,
                "INSERT INTO duplicates (document_id, original_file_name, source_folder, duplicate_path, at) VALUES (@id, @name, @folder, @path, @at)",
                ("id", originalId),
                ("name", originalFileName),
                ("folder", sourceFolder),
                ("path", duplicatePath),
                ("at", at.ToUnixTimeMilliseconds()));
            Audit(connection, transaction, originalId, at, "system", null, DocumentState.Duplicate, $"another copy '{originalFileName}' from '{sourceFolder}' kept at {duplicatePath}");
            return true;
        });

    public LedgerDocument? Find(string id)
    {
        using var connection = Open();
        return Query(connection, null, $"SELECT {Columns} FROM documents WHERE id = @id", ("id", id)).SingleOrDefault();
    }

    public bool TryChange(string id, StateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = DateTimeOffset.UtcNow;
        return InTransaction((connection, transaction) =>
        {
            var changed = Execute(
                connection,
                transaction,
                "UPDATE documents SET state = @to, updated_at = @now, label = COALESCE(@label, label), confidence = COALESCE(@confidence, confidence), " +
                "error_code = @error, detail = @detail WHERE id = @id AND state = @from",
                ("to", change.To.ToString()),
                ("now", now.ToUnixTimeMilliseconds()),
                ("label", change.Label),
                ("confidence", change.Confidence),
                ("error", change.ErrorCode),
                ("detail", change.Detail),
                ("id", id),
                ("from", change.From.ToString())) == 1;
            if (changed)
            {
                Audit(connection, transaction, id, now, change.Actor, change.From, change.To, change.Detail);
            }

            return changed;
        });
    }

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000)
    {
        ArgumentNullException.ThrowIfNull(states);
        using var connection = Open();
        var names = states.Select((s, i) => ($"s{i}", (object?)s.ToString())).ToArray();
        var list = string.Join(", ", names.Select(n => "@" + n.Item1));
        return Query(connection, null, $"SELECT {Columns} FROM documents WHERE state IN ({list}) ORDER BY received_at, id LIMIT {limit}", names);
    }

    public IReadOnlyList<AuditEntry> History(string id)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT document_id, at, actor, from_state, to_state, detail FROM audit WHERE document_id = @id ORDER BY seq", ("id", id));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : Enum.Parse<DocumentState>(reader.GetString(3)),
                Enum.Parse<DocumentState>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    /// <summary>A new open connection; callers dispose it.</summary>
    protected abstract DbConnection Open();

    /// <summary>The column type of an auto-numbered primary key: the one thing the two schemas spell differently.</summary>
    protected abstract string SerialKey { get; }

    /// <summary>The schema, in order; each script runs once, in a transaction, and is recorded in schema_migrations.</summary>
    private IReadOnlyList<string> Migrations =>
    [
        $"""
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, original_file_name TEXT NOT NULL, source_folder TEXT NOT NULL, received_at BIGINT NOT NULL,
            archive_path TEXT NOT NULL, state TEXT NOT NULL, label TEXT, confidence DOUBLE PRECISION, error_code TEXT, detail TEXT,
            updated_at BIGINT NOT NULL);
        CREATE INDEX documents_state ON documents (state, received_at);
        CREATE TABLE audit (
            seq {SerialKey}, document_id TEXT NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL,
            from_state TEXT, to_state TEXT NOT NULL, detail TEXT);
        CREATE INDEX audit_document ON audit (document_id, seq);
        CREATE TABLE duplicates (
            seq {SerialKey}, document_id TEXT NOT NULL, original_file_name TEXT NOT NULL,
            source_folder TEXT NOT NULL, duplicate_path TEXT NOT NULL, at BIGINT NOT NULL);
        """,
    ];

    /// <summary>Serialises concurrent migrators (several nodes starting at once); nothing to do where the database does it.</summary>
    protected virtual void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>Creates or upgrades the schema. Safe to call from every process at start-up.</summary>
    protected void Migrate()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        LockForMigration(connection, transaction);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
        using (var current = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        {
            var applied = Convert.ToInt32(current.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = applied + 1; version <= Migrations.Count; version++)
            {
                Execute(connection, transaction, Migrations[version - 1]);
                Execute(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @at)", ("v", version), ("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }
        }

        transaction.Commit();
    }

    private T InTransaction<T>(Func<DbConnection, DbTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    private static void Audit(DbConnection connection, DbTransaction transaction, string id, DateTimeOffset at, string actor, DocumentState? from, DocumentState to, string? detail) =>
        Execute(
            connection,
            transaction,
            "INSERT INTO audit (document_id, at, actor, from_state, to_state, detail) VALUES (@id, @at, @actor, @from, @to, @detail)",
            ("id", id),
            ("at", at.ToUnixTimeMilliseconds()),
            ("actor", actor),
            ("from", from?.ToString()),
            ("to", to.ToString()),
            ("detail", detail));

    private static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static List<LedgerDocument> Query(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var documents = new List<LedgerDocument>();
        while (reader.Read())
        {
            documents.Add(new LedgerDocument(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetString(4),
                Enum.Parse<DocumentState>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetDouble(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10))));
        }

        return documents;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Only constant SQL and generated parameter names reach here; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
