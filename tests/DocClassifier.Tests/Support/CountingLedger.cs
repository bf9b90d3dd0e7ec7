using DocClassifier.Storage;

namespace DocClassifier.Tests.Support;

/// <summary>A ledger that counts the documents read from it (<see cref="IDocumentLedger.Find"/>, <see cref="IDocumentLedger.ChangeAndFind"/>) and passes every call on.</summary>
internal sealed class CountingLedger(IDocumentLedger inner) : IDocumentLedger
{
    private int reads;

    public int Reads => reads;

    public bool TryRecord(NewDocument document, string actor) => inner.TryRecord(document, actor);

    public IReadOnlySet<string> RecordAll(IReadOnlyList<NewDocument> documents, string actor) => inner.RecordAll(documents, actor);

    public bool RecordSplit(string stackId, StateChange change, IReadOnlyList<NewDocument> parts) => inner.RecordSplit(stackId, change, parts);

    public void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at) =>
        inner.RecordDuplicate(originalId, originalFileName, sourceFolder, duplicatePath, at);

    public LedgerDocument? Find(string id)
    {
        Interlocked.Increment(ref reads);
        return inner.Find(id);
    }

    public bool TryChange(string id, StateChange change) => inner.TryChange(id, change);

    public LedgerDocument? ChangeAndFind(string id, StateChange change)
    {
        Interlocked.Increment(ref reads);
        return inner.ChangeAndFind(id, change);
    }

    public IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000) => inner.InStates(states, limit);

    public IReadOnlyList<AuditEntry> History(string id) => inner.History(id);

    public IReadOnlyList<AuditEntry> AuditSince(DateTimeOffset since, int limit = 100_000) => inner.AuditSince(since, limit);

    public int Count(DocumentState state) => inner.Count(state);
}
