namespace DocClassifier.Storage;

/// <summary>Finds documents in the ledger by state, label, folder, time, confidence or name; read only.</summary>
public interface IDocumentSearch
{
    IReadOnlyList<LedgerDocument> Search(DocumentQuery query);
}
