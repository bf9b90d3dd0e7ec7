namespace DocClassifier.Storage;

/// <summary>
/// The record of every document and every transition. Each change is one transaction, and state
/// changes are compare-and-set, so two workers (or a retried job) can never both move a document.
/// </summary>
public interface IDocumentLedger
{
    /// <summary>Records a new document as Received; false when a document with that id is already known.</summary>
    bool TryRecord(NewDocument document, string actor);

    /// <summary>Records a second copy of a known document: a Duplicate entry keyed by the copy's own key.</summary>
    void RecordDuplicate(string originalId, string originalFileName, string sourceFolder, string duplicatePath, DateTimeOffset at);

    LedgerDocument? Find(string id);

    /// <summary>Moves the document from <c>change.From</c> to <c>change.To</c>; false if it was not in <c>From</c>.</summary>
    bool TryChange(string id, StateChange change);

    /// <summary>Documents in the given states, oldest first.</summary>
    IReadOnlyList<LedgerDocument> InStates(IReadOnlyCollection<DocumentState> states, int limit = 1000);

    IReadOnlyList<AuditEntry> History(string id);
}
