namespace DocClassifier.Routing;

/// <summary>Where a document that could not be processed ends, with a reason a clerk can read.</summary>
public interface IFailureSink
{
    /// <summary>Records the failure; failing the same id again replaces the earlier record, never duplicates it.</summary>
    /// <param name="code">Machine-readable, e.g. <c>encrypted</c> (see <c>schemas/error.schema.json</c>).</param>
    /// <param name="reason">A sentence a clerk can act on.</param>
    void Fail(DocumentInfo document, string code, string reason);

    /// <summary>Removes the failure record of a document put back in line (retry); its original stays in the archive.</summary>
    void Withdraw(string documentId);
}
