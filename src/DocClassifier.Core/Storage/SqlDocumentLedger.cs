using System.Data.Common;
using System.Globalization;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>
/// The ledger in SQL that SQLite and PostgreSQL both speak (named parameters, ON CONFLICT, LIMIT);
/// the two differ only in how they connect and in their migrations. Times are Unix milliseconds.
/// </summary>
public abstract class SqlDocumentLedger : IDocumentLedger
{
    private const string Columns = DocumentColumns;
    private const string Claimable = "(claimed_by IS NULL OR claim_expires_at < @now OR claimed_by = @reviewer)";

    protected SqlDocumentLedger() => Accounts = new SqlAccountStore(Open);

    /// <summary>Users and API keys, in the same database.</summary>
    public IAccountStore Accounts { get; }

    public bool TryRecord(NewDocument document, string actor)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RecordAll([document], actor).Count == 1;
    }

    public IReadOnlySet<string> RecordAll(IReadOnlyList<NewDocument> documents, string actor)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        if (documents.Count == 0)
        {
            return recorded;
        }

        return InTransaction((connection, transaction) =>
        {
            foreach (var document in documents)
            {
                var inserted = Execute(
                    connection,
                    transaction,
                    "INSERT INTO documents (id, original_file_name, source_folder, received_at, archive_path, state, updated_at) " +
                    "VALUES (@id, @name, @folder, @received, @archive, @state, @received) ON CONFLICT (id) DO NOTHING",
                    ("id", document.Id),
                    ("name", document.OriginalFileName),
                    ("folder", document.SourceFolder),
                    ("received", document.ReceivedAt.ToUnixTimeMilliseconds()),
                    ("archive", document.ArchivePath),
                    ("state", nameof(DocumentState.Received))) == 1;
                if (inserted)
                {
                    recorded.Add(document.Id);
                    Audit(connection, transaction, document.Id, document.ReceivedAt, actor, null, DocumentState.Received, $"{document.SourceFolder}/{document.OriginalFileName}".TrimStart('/'));
                }
            }

            return recorded;
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
        return Query(connection, null, ReadDocument, $"SELECT {Columns} FROM documents WHERE id = @id", ("id", id)).SingleOrDefault();
    }

    public bool TryChange(string id, StateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = DateTimeOffset.UtcNow;
        bool Change(DbConnection connection, DbTransaction transaction)
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
        }

        return InTransaction(Change, mustSurvivePowerLoss: !change.Redoable);
    }

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000)
    {
        ArgumentNullException.ThrowIfNull(states);
        using var connection = Open();
        var names = states.Select((s, i) => ($"s{i}", (object?)s.ToString())).ToArray();
        var list = string.Join(", ", names.Select(n => "@" + n.Item1));
        return Query(connection, null, ReadDocument, $"SELECT {Columns} FROM documents WHERE state IN ({list}) ORDER BY received_at, id LIMIT {limit}", names);
    }

    public IReadOnlyList<AuditEntry> History(string id)
    {
        using var connection = Open();
        return Query(connection, null, ReadAudit, "SELECT document_id, at, actor, from_state, to_state, detail FROM audit WHERE document_id = @id ORDER BY seq", ("id", id));
    }

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000)
    {
        using var connection = Open();
        return Query(
            connection,
            null,
            ReadAudit,
            $"SELECT document_id, at, actor, from_state, to_state, detail FROM audit WHERE at >= @since ORDER BY seq LIMIT {limit}",
            ("since", since.ToUnixTimeMilliseconds()));
    }

    public int Count(DocumentState state)
    {
        using var connection = Open();
        return Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(*) FROM documents WHERE state = @state", ("state", state.ToString())), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<LedgerDocument> Search(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Conditions(query);
        var order = query.NewestFirst ? "received_at DESC, id DESC" : "received_at, id";
        using var connection = Open();
        return Query(
            connection,
            null,
            ReadDocument,
            $"SELECT {Columns} FROM documents WHERE {where} ORDER BY {order} LIMIT {Math.Clamp(query.Limit, 1, 10_000)} OFFSET {Math.Max(query.Offset, 0)}",
            [.. parameters]);
    }

    public LedgerDocument? TryClaimNext(string reviewer, DocumentQuery filter, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Conditions(filter with { State = DocumentState.PendingReview });
        parameters.Add(("now", now.ToUnixTimeMilliseconds()));
        parameters.Add(("reviewer", reviewer));
        using var connection = Open();

        // A reviewer's own unexpired claim comes back first (a reloaded page); otherwise the oldest free item.
        // The UPDATE re-checks the claim, so of two reviewers racing for one item exactly one gets it.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var candidate = Query(
                connection,
                null,
                r => r.GetString(0),
                $"SELECT id FROM documents WHERE {where} AND {Claimable} ORDER BY CASE WHEN claimed_by = @reviewer THEN 0 ELSE 1 END, received_at, id LIMIT 1",
                [.. parameters]).SingleOrDefault();
            if (candidate is null)
            {
                return null;
            }

            var claimed = Execute(
                connection,
                null,
                $"UPDATE documents SET claimed_by = @reviewer, claim_expires_at = @expires WHERE id = @id AND state = @pending AND {Claimable}",
                ("reviewer", reviewer),
                ("expires", (now + lease).ToUnixTimeMilliseconds()),
                ("id", candidate),
                ("pending", nameof(DocumentState.PendingReview)),
                ("now", now.ToUnixTimeMilliseconds())) == 1;
            if (claimed)
            {
                return Query(connection, null, ReadDocument, $"SELECT {Columns} FROM documents WHERE id = @id", ("id", candidate)).Single();
            }
        }

        return null;
    }

    public bool ReleaseClaim(string id, string reviewer)
    {
        using var connection = Open();
        return Execute(connection, null, "UPDATE documents SET claimed_by = NULL, claim_expires_at = NULL WHERE id = @id AND claimed_by = @reviewer", ("id", id), ("reviewer", reviewer)) == 1;
    }

    private static (string Where, List<(string Name, object? Value)> Parameters) Conditions(DocumentQuery query)
    {
        var conditions = new List<string> { "1 = 1" };
        var parameters = new List<(string Name, object? Value)>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (query.State is { } state)
        {
            Add("state = @q_state", "q_state", state.ToString());
        }

        if (!string.IsNullOrWhiteSpace(query.Label))
        {
            Add("label = @q_label", "q_label", query.Label);
        }

        if (query.SourceFolder is not null)
        {
            Add("source_folder = @q_folder", "q_folder", query.SourceFolder);
        }

        if (query.From is { } from)
        {
            Add("received_at >= @q_from", "q_from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            Add("received_at < @q_to", "q_to", to.ToUnixTimeMilliseconds());
        }

        if (query.MinConfidence is { } min)
        {
            Add("confidence >= @q_min", "q_min", min);
        }

        if (query.MaxConfidence is { } max)
        {
            Add("confidence <= @q_max", "q_max", max);
        }

        if (query.Exclude.Count > 0)
        {
            var names = query.Exclude.Take(500).Select((id, i) => ($"q_x{i}", (object?)id)).ToList();
            conditions.Add($"id NOT IN ({string.Join(", ", names.Select(n => "@" + n.Item1))})");
            parameters.AddRange(names);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var escaped = text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            conditions.Add("(id LIKE @q_id ESCAPE '\\' OR LOWER(original_file_name) LIKE @q_name ESCAPE '\\')");
            parameters.Add(("q_id", escaped + "%"));
            parameters.Add(("q_name", "%" + escaped + "%"));
        }

        return (string.Join(" AND ", conditions), parameters);
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
        """
        ALTER TABLE documents ADD COLUMN claimed_by TEXT;
        ALTER TABLE documents ADD COLUMN claim_expires_at BIGINT;
        CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
        CREATE TABLE api_keys (
            name TEXT PRIMARY KEY, role TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL, created_at BIGINT NOT NULL);
        CREATE INDEX documents_label ON documents (label, received_at);
        """,
        """
        ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
        ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE users ADD COLUMN locked_until BIGINT;
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

    /// <summary>
    /// Begins a transaction whose commit waits for the disk, or not (see <see cref="StateChange.Redoable"/>).
    /// Either way the database stays consistent, and a later durable commit makes the earlier ones durable too.
    /// </summary>
    protected abstract DbTransaction Begin(DbConnection connection, bool mustSurvivePowerLoss);

    private T InTransaction<T>(Func<DbConnection, DbTransaction, T> work, bool mustSurvivePowerLoss = true)
    {
        using var connection = Open();
        using var transaction = Begin(connection, mustSurvivePowerLoss);
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
}
