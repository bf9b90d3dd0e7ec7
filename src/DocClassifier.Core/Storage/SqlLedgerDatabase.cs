using System.Data.Common;

namespace DocClassifier.Storage;

/// <summary>
/// One ledger database and the stores in it, each a class of its own behind its own interface: documents and audit
/// (<see cref="IDocumentLedger"/>), the review claims (<see cref="IReviewClaims"/>), search (<see cref="IDocumentSearch"/>),
/// accounts (<see cref="Accounts"/>) and the migrations. SQLite and PostgreSQL differ only in how they connect, lock
/// and migrate. Consumers take the one interface they need; this object only hands the stores out.
/// </summary>
public abstract class SqlLedgerDatabase : IDocumentLedger, IReviewClaims, IDocumentSearch
{
    private readonly SqlConnections connections;
    private readonly TimeProvider clock;
    private readonly SqlDocumentLedger documents;
    private readonly SqlReviewClaims claims;
    private readonly SqlDocumentSearch search;

    /// <param name="lockRow">See <see cref="SqlConnections.LockRow"/>.</param>
    /// <param name="clock">The clock that stamps changes brought without a time of their own.</param>
    /// <param name="changesInOneStatement">Whether the database changes a document and audits it in one statement (PostgreSQL's writable CTEs; see <see cref="OpenUnsynchronised"/>).</param>
    private protected SqlLedgerDatabase(string lockRow, TimeProvider? clock, bool changesInOneStatement = false)
    {
        this.clock = DefaultClock.Or(clock);
        connections = new SqlConnections(Open, Begin, lockRow) { OpenUnsynchronised = changesInOneStatement ? OpenUnsynchronised : null };
        documents = new SqlDocumentLedger(connections, this.clock);
        claims = new SqlReviewClaims(connections);
        search = new SqlDocumentSearch(connections);
        Accounts = new SqlAccountStore(Open);
    }

    /// <summary>Users and API keys, in the same database.</summary>
    public IAccountStore Accounts { get; }

    /// <summary>The column type of an auto-numbered primary key: the one thing the two schemas spell differently.</summary>
    protected abstract string SerialKey { get; }

    public bool TryRecord(NewDocument document, string actor) => documents.TryRecord(document, actor);

    public IReadOnlySet<string> RecordAll(IReadOnlyList<NewDocument> documents, string actor) => this.documents.RecordAll(documents, actor);

    public bool RecordSplit(string stackId, StateChange change, IReadOnlyList<NewDocument> parts) => documents.RecordSplit(stackId, change, parts);

    public void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at) =>
        documents.RecordDuplicate(originalId, originalFileName, sourceFolder, duplicatePath, at);

    public LedgerDocument? Find(string id) => documents.Find(id);

    public bool TryChange(string id, StateChange change) => documents.TryChange(id, change);

    public LedgerDocument? ChangeAndFind(string id, StateChange change) => documents.ChangeAndFind(id, change);

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000) => documents.InStates(states, limit);

    public IReadOnlyList<AuditEntry> History(string id) => documents.History(id);

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000) => documents.AuditSince(since, limit);

    public int Count(DocumentState state) => documents.Count(state);

    public LedgerDocument? TryClaimNext(string reviewer, DocumentQuery filter, DateTimeOffset now, TimeSpan lease) => claims.TryClaimNext(reviewer, filter, now, lease);

    public bool ReleaseClaim(string id, string reviewer) => claims.ReleaseClaim(id, reviewer);

    public IReadOnlyList<LedgerDocument> Search(DocumentQuery query) => search.Search(query);

    /// <summary>A new open connection; callers dispose it.</summary>
    protected abstract DbConnection Open();

    /// <summary>A new open connection whose commits do not wait for the disk; callers dispose it.</summary>
    protected virtual DbConnection OpenUnsynchronised() => Open();

    /// <summary>
    /// Begins a transaction whose commit waits for the disk, or not (see <see cref="StateChange.Redoable"/>).
    /// Either way the database stays consistent, and a later durable commit makes the earlier ones durable too.
    /// </summary>
    protected abstract DbTransaction Begin(DbConnection connection, bool mustSurvivePowerLoss);

    /// <summary>Serialises concurrent migrators (several nodes starting at once); nothing to do where the database does it.</summary>
    protected virtual void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>Creates or upgrades the schema (up to <paramref name="upTo"/>, for tests of upgrades). Safe to call from every process at start-up.</summary>
    private protected void Migrate(int? upTo = null)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        LockForMigration(connection, transaction);
        new SqlMigrations(SerialKey).Apply(connection, transaction, clock, upTo);
        transaction.Commit();
    }
}
