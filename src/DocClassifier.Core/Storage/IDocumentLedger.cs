namespace DocClassifier.Storage;

/// <summary>
/// The record of every document and every transition. Each change is one transaction, and state
/// changes are compare-and-set, so two workers (or a retried job) can never both move a document.
/// The review queue (<see cref="IReviewClaims"/>), search (<see cref="IDocumentSearch"/>) and accounts
/// (<see cref="IAccountStore"/>) live in the same database behind interfaces of their own.
/// </summary>
public interface IDocumentLedger
{
    /// <summary>Records a new document as Received; false when a document with that id is already known.</summary>
    bool TryRecord(NewDocument document, string actor);

    /// <summary>
    /// Records a batch of new documents as Received in one transaction (one commit, one flush to disk, however many
    /// files arrived at once); returns the ids that were not known before. An id twice in the batch is recorded once.
    /// </summary>
    IReadOnlySet<string> RecordAll(IReadOnlyList<NewDocument> documents, string actor);

    /// <summary>
    /// Splits a stack in one transaction: moves it by <paramref name="change"/> (compare-and-set) and records its parts as
    /// Received, each with its parent and pages; false, and nothing recorded, when the stack was no longer in <c>change.From</c>.
    /// </summary>
    bool RecordSplit(string stackId, StateChange change, IReadOnlyList<NewDocument> parts);

    /// <summary>Records a second copy of a known document: a Duplicate entry keyed by the copy's own key.</summary>
    void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at);

    LedgerDocument? Find(string id);

    /// <summary>
    /// Moves the document from <c>change.From</c> to <c>change.To</c>; false if it was not in <c>From</c>. The audit
    /// entry it writes carries the actor's kind, the action, and the label before and after the change as columns.
    /// </summary>
    bool TryChange(string id, StateChange change);

    /// <summary>
    /// Moves the document as <see cref="TryChange"/> does and returns it as it is afterwards: changed when it was in
    /// <c>change.From</c>, as it stands when it was not; null for an unknown id. On PostgreSQL a change that wins is one
    /// statement (the change, its audit entry and the row read back together).
    /// </summary>
    LedgerDocument? ChangeAndFind(string id, StateChange change);

    /// <summary>Documents in the given states, oldest first.</summary>
    IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000);

    IReadOnlyList<AuditEntry> History(string id);

    /// <summary>Every transition at or after <paramref name="since"/>, oldest first: the raw material of the statistics.</summary>
    IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000);

    int Count(DocumentState state);
}
