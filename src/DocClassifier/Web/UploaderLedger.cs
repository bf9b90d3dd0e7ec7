using DocClassifier.Storage;

namespace DocClassifier.Host.Web;

/// <summary>
/// The ledger as seen by the intake of one upload: a new document is recorded as received from the key or user
/// that sent it (<c>api:key:NAME</c>, <c>api:NAME</c>), not from the inbox's intake. Everything else passes through.
/// </summary>
internal sealed class UploaderLedger(IDocumentLedger inner, string uploader) : IDocumentLedger
{
    public bool TryRecord(NewDocument document, string actor) => inner.TryRecord(document, uploader);

    public IReadOnlySet<string> RecordAll(IReadOnlyList<NewDocument> documents, string actor) => inner.RecordAll(documents, uploader);

    public bool RecordSplit(string stackId, StateChange change, IReadOnlyList<NewDocument> parts) => inner.RecordSplit(stackId, change, parts);

    public void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at) =>
        inner.RecordDuplicate(originalId, originalFileName, sourceFolder, duplicatePath, at);

    public LedgerDocument? Find(string id) => inner.Find(id);

    public bool TryChange(string id, StateChange change) => inner.TryChange(id, change);

    public LedgerDocument? ChangeAndFind(string id, StateChange change) => inner.ChangeAndFind(id, change);

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000) => inner.InStates(states, limit);

    public IReadOnlyList<AuditEntry> History(string id) => inner.History(id);

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000) => inner.AuditSince(since, limit);

    public int Count(DocumentState state) => inner.Count(state);
}
