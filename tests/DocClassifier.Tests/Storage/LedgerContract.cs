using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>What the contract suites of the ledger's stores share: the database under test, one per fixture, and test documents.</summary>
/// <typeparam name="TLedger">SQLite or PostgreSQL: each suite runs against both.</typeparam>
public abstract class LedgerContract<TLedger>
    where TLedger : ILedgerUnderTest, new()
{
    private TLedger store = default!;

    protected SqlLedgerDatabase Database => store.Database;

    protected IDocumentLedger Ledger => Database;

    [OneTimeSetUp]
    public void CreateLedger() => store = new TLedger();

    [OneTimeTearDown]
    public void DisposeLedger() => store.Dispose();

    /// <summary>A second connection to the same database whose changes the given clock stamps; the caller disposes it.</summary>
    protected SqlLedgerDatabase Reopen(TimeProvider clock) => store.Reopen(clock);

    protected string Pending(NewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Ledger.TryRecord(document, "intake");
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        Ledger.TryChange(document.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:m@1") { Label = "stamp-tax", Confidence = 0.4 });
        return document.Id;
    }
}
