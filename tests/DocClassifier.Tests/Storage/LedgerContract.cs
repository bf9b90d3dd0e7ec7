using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What the contract suites of the ledger's stores share: the database under test and test documents.</summary>
public abstract class LedgerContract
{
    private static int counter;

    /// <summary>The database under test, one per fixture.</summary>
    protected abstract SqlLedgerDatabase Database { get; }

    protected IDocumentLedger Ledger => Database;

    /// <summary>A second connection to the same database whose changes the given clock stamps.</summary>
    protected abstract SqlLedgerDatabase Reopen(TimeProvider clock);

    protected string Pending(NewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Ledger.TryRecord(document, "intake");
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1") { Label = "stamp-tax", Confidence = 0.4 });
        return document.Id;
    }

    protected static class Some
    {
        public static NewDocument Document(DateTimeOffset? at = null)
        {
            var n = Interlocked.Increment(ref counter);
            var id = $"{Guid.NewGuid():N}{n:D8}".PadRight(64, '0')[..64];
            var received = DateTimeOffset.FromUnixTimeMilliseconds((at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
            return new NewDocument(id, $"掃描-{n}.pdf", "counter-1", received, $"archive/2026/11/{id}.pdf");
        }
    }
}
