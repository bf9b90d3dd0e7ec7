using System.Data.Common;
using System.Globalization;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>
/// Documents and their audit trail in SQL that SQLite and PostgreSQL both speak (named parameters, ON CONFLICT, LIMIT).
/// Times are Unix milliseconds, read from one clock unless a change brings its own time.
/// </summary>
internal sealed class SqlDocumentLedger(SqlConnections connections, TimeProvider clock) : IDocumentLedger
{
    private const string Columns = DocumentColumns;

    // A state change: only from the state it starts from; a label, confidence, decision or split proposal not given keeps the old one.
    private const string UpdateState =
        "UPDATE documents SET state = @to, updated_at = @now, label = COALESCE(@label, label), confidence = COALESCE(@confidence, confidence), " +
        "error_code = @error, detail = @detail, decided_by = COALESCE(@decided_by, decided_by), decided_at = COALESCE(@decided_at, decided_at), " +
        "split_proposal = COALESCE(@split_proposal, split_proposal) WHERE id = @id AND state = @from";

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

        return connections.InTransaction((connection, transaction) => Insert(connection, transaction, documents, actor, recorded));
    }

    public bool RecordSplit(string stackId, StateChange change, IReadOnlyList<NewDocument> parts)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(parts);
        return connections.InTransaction(
            (connection, transaction) =>
            {
                if (!Change(connection, transaction, stackId, change, change.At ?? clock.GetUtcNow()))
                {
                    return false;
                }

                _ = Insert(connection, transaction, parts, change.Actor, new HashSet<string>(StringComparer.Ordinal));
                return true;
            },
            mustSurvivePowerLoss: !change.Redoable);
    }

    private HashSet<string> Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewDocument> documents, string actor, HashSet<string> recorded)
    {
        foreach (var document in documents)
        {
            var detail = document.Parent is null
                ? $"{document.SourceFolder}/{document.OriginalFileName}".TrimStart('/')
                : $"pages {document.Pages} of stack {document.Parent}" + (document.SheetLabel is null ? string.Empty : $"; its separator sheet says {document.SheetLabel}");
            var entry = new AuditEntry(document.Id, document.ReceivedAt, actor, null, DocumentState.Received, detail);
            bool inserted;
            if (connections.OpenUnsynchronised is not null)
            {
                // The row and, only if it is new, its audit entry in one statement (a writable CTE): one round trip a document.
                inserted = Execute(
                    connection,
                    transaction,
                    $"WITH inserted AS ({InsertDocument} RETURNING id) " +
                    $"INSERT INTO audit ({AuditColumns}) SELECT inserted.id, @received, @actor, NULL, @state, @detail, @kind, @action, NULL, NULL FROM inserted",
                    [.. DocumentParameters(document), ("actor", entry.Actor), ("detail", entry.Detail), ("kind", entry.Kind.ToString()), ("action", entry.Action.ToString())]) == 1;
            }
            else
            {
                inserted = Execute(connection, transaction, InsertDocument, DocumentParameters(document)) == 1;
                if (inserted)
                {
                    Audit(connection, transaction, entry);
                }
            }

            if (inserted)
            {
                recorded.Add(document.Id);
            }
        }

        return recorded;
    }

    private const string InsertDocument =
        "INSERT INTO documents (id, original_file_name, source_folder, received_at, archive_path, state, updated_at, parent_id, pages, sheet_label) " +
        "VALUES (@id, @name, @folder, @received, @archive, @state, @received, @parent, @pages, @sheet) ON CONFLICT (id) DO NOTHING";

    private static (string Name, object? Value)[] DocumentParameters(NewDocument document) =>
    [
        ("id", document.Id),
        ("name", document.OriginalFileName),
        ("folder", document.SourceFolder),
        ("received", document.ReceivedAt.ToUnixTimeMilliseconds()),
        ("archive", document.ArchivePath),
        ("state", nameof(DocumentState.Received)),
        ("parent", document.Parent),
        ("pages", document.Pages),
        ("sheet", document.SheetLabel),
    ];

    public void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at) =>
        connections.InTransaction((connection, transaction) =>
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
            Audit(connection, transaction, new AuditEntry(originalId, at, "system", null, DocumentState.Duplicate, $"another copy '{originalFileName}' from '{sourceFolder}' kept at {duplicatePath}"));
            return true;
        });

    public LedgerDocument? Find(string id)
    {
        using var connection = connections.Open();
        return Query(connection, null, ReadDocument, $"SELECT {Columns} FROM documents WHERE id = @id", ("id", id)).SingleOrDefault();
    }

    public bool TryChange(string id, StateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = change.At ?? clock.GetUtcNow();
        if (connections.OpenUnsynchronised is { } openUnsynchronised)
        {
            using var connection = change.Redoable ? openUnsynchronised() : connections.Open();
            return ChangeInOneStatement(connection, id, change, now);
        }

        return connections.InTransaction((connection, transaction) => Change(connection, transaction, id, change, now), mustSurvivePowerLoss: !change.Redoable);
    }

    private bool Change(DbConnection connection, DbTransaction transaction, string id, StateChange change, DateTimeOffset now)
    {
        // The label before the change goes into the audit entry; the row is locked (or the database is) until commit.
        var before = Query(
            connection,
            transaction,
            r => r.IsDBNull(0) ? null : r.GetString(0),
            $"SELECT label FROM documents WHERE id = @id AND state = @from{connections.LockRow}",
            ("id", id),
            ("from", change.From.ToString()));
        if (before.Count == 0)
        {
            return false;
        }

        var changed = Execute(connection, transaction, UpdateState, ChangeParameters(id, change, now)) == 1;
        if (changed)
        {
            Audit(connection, transaction, new AuditEntry(id, now, change.Actor, change.From, change.To, change.Detail)
            {
                Kind = change.Kind ?? ActorKinds.Of(change.Actor),
                FromLabel = before[0],
                ToLabel = change.Label ?? before[0],
            });
        }

        return changed;
    }

    public LedgerDocument? ChangeAndFind(string id, StateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (connections.OpenUnsynchronised is { } openUnsynchronised)
        {
            // The change, its audit entry and the changed row in one round trip; only a document that was not in the
            // state the change starts from is read again.
            using var connection = change.Redoable ? openUnsynchronised() : connections.Open();
            var changed = Query(
                connection,
                null,
                ReadDocument,
                $"{ChangeInOneStatementPart}, audited AS ({AuditTheChange}) SELECT {Columns} FROM changed",
                OneStatementParameters(id, change, change.At ?? clock.GetUtcNow()));
            return changed.Count == 1 ? changed[0] : Find(id);
        }

        _ = TryChange(id, change);
        return Find(id);
    }

    // The row is locked by the first part, changed by the second only if it is still in the state the change starts
    // from, and the audit entry (with the label before and after) written by the third: one statement, one transaction.
    private static bool ChangeInOneStatement(DbConnection connection, string id, StateChange change, DateTimeOffset now) =>
        Execute(connection, null, $"{ChangeInOneStatementPart} {AuditTheChange}", OneStatementParameters(id, change, now)) == 1;

    private const string ChangeInOneStatementPart =
        "WITH before AS (SELECT label FROM documents WHERE id = @id AND state = @from FOR UPDATE), " +
        $"changed AS ({UpdateState} AND EXISTS (SELECT 1 FROM before) RETURNING {Columns})";

    private const string AuditTheChange =
        $"INSERT INTO audit ({AuditColumns}) SELECT @id, @now, @actor, @from, @to, @detail, @kind, @action, before.label, changed.label FROM changed, before";

    private static (string Name, object? Value)[] OneStatementParameters(string id, StateChange change, DateTimeOffset now) =>
    [
        .. ChangeParameters(id, change, now),
        ("actor", change.Actor),
        ("kind", (change.Kind ?? ActorKinds.Of(change.Actor)).ToString()),
        ("action", AuditActions.For(change.From, change.To).ToString()),
    ];

    private static (string Name, object? Value)[] ChangeParameters(string id, StateChange change, DateTimeOffset now) =>
    [
        ("to", change.To.ToString()),
        ("now", now.ToUnixTimeMilliseconds()),
        ("label", change.Label),
        ("confidence", change.Confidence),
        ("error", change.ErrorCode),
        ("detail", change.Detail),
        ("decided_by", change.DecidedBy),
        ("decided_at", change.DecidedBy is null ? null : now.ToUnixTimeMilliseconds()),
        ("split_proposal", change.SplitProposal),
        ("id", id),
        ("from", change.From.ToString()),
    ];

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000)
    {
        ArgumentNullException.ThrowIfNull(states);
        using var connection = connections.Open();
        var names = states.Select((s, i) => ($"s{i}", (object?)s.ToString())).ToArray();
        var list = string.Join(", ", names.Select(n => "@" + n.Item1));
        return Query(connection, null, ReadDocument, $"SELECT {Columns} FROM documents WHERE state IN ({list}) ORDER BY received_at, id LIMIT {limit}", names);
    }

    public IReadOnlyList<AuditEntry> History(string id)
    {
        using var connection = connections.Open();
        return Query(connection, null, ReadAudit, $"SELECT {AuditColumns} FROM audit WHERE document_id = @id ORDER BY seq", ("id", id));
    }

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000)
    {
        using var connection = connections.Open();
        return Query(
            connection,
            null,
            ReadAudit,
            $"SELECT {AuditColumns} FROM audit WHERE at >= @since ORDER BY seq LIMIT {limit}",
            ("since", since.ToUnixTimeMilliseconds()));
    }

    public int Count(DocumentState state)
    {
        using var connection = connections.Open();
        return Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(*) FROM documents WHERE state = @state", ("state", state.ToString())), CultureInfo.InvariantCulture);
    }

    private static void Audit(DbConnection connection, DbTransaction transaction, AuditEntry entry) =>
        Execute(
            connection,
            transaction,
            $"INSERT INTO audit ({AuditColumns}) VALUES (@id, @at, @actor, @from, @to, @detail, @kind, @action, @from_label, @to_label)",
            ("id", entry.DocumentId),
            ("at", entry.At.ToUnixTimeMilliseconds()),
            ("actor", entry.Actor),
            ("from", entry.From?.ToString()),
            ("to", entry.To.ToString()),
            ("detail", entry.Detail),
            ("kind", entry.Kind.ToString()),
            ("action", entry.Action.ToString()),
            ("from_label", entry.FromLabel),
            ("to_label", entry.ToLabel));
}
