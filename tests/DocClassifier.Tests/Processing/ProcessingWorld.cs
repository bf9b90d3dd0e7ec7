using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Intake;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Routing;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

/// <summary>Folders, a ledger and the real sinks around a processor, for tests of the whole route.</summary>
internal sealed class ProcessingWorld : IDisposable
{
    private readonly TempFolder folder = new();

    /// <param name="clock">The one clock of the ledger, intake, desk and processor; the system clock when null.</param>
    /// <param name="splitStacks">Split dropped stacks at separator sheets first, as the service does.</param>
    /// <param name="splitter">With <paramref name="splitStacks"/>, this splitter instead of separator sheets alone.</param>
    /// <param name="reviewUncertainStacks">A stack the page model is unsure of waits for a reviewer (the default), or is processed as one document.</param>
    /// <param name="spotCheckPercent">The share of the model's deliveries chosen for a spot-check (none by default).</param>
    /// <param name="extractor">The processor's extractor, made with the work store; the default extractor when null.</param>
    public ProcessingWorld(IDocumentClassifier classifier, FieldRequirements? requirements = null, TimeProvider? clock = null, bool splitStacks = false, DocClassifier.Splitting.IStackSplitter? splitter = null, bool reviewUncertainStacks = true, double spotCheckPercent = 0, Func<WorkStore, IDocumentExtractor>? extractor = null)
    {
        clock ??= TimeProvider.System;
        Ledger = new SqliteDocumentLedger(LedgerPath, clock);
        Intake = new DocumentIntake(Ledger, Inbox, Path.Combine(folder.Path, "archive"), Path.Combine(folder.Path, "duplicates"), clock);
        var work = Work = new WorkStore(WorkFolder);
        var results = new FolderResultSink(Results);
        var failures = new FolderFailureSink(Failed);
        Delivery = new DecidedDocumentDelivery(Ledger, results, work, Examples);
        Desk = new ReviewDesk(Ledger, Ledger, failures, work, Delivery, ["house-tax-relief", "stamp-tax"], clock);
        SpotChecks = new SpotCheckSample(Path.Combine(WorkFolder, "spot-checks"), spotCheckPercent);
        SpotCheckDesk = new SpotCheckDesk(SpotChecks, Ledger, work, Delivery, Desk.Labels, Examples, clock);
        var extraction = new ExtractionOptions();
        var splitting = splitStacks
            ? new StackSplitting(splitter ?? new DocClassifier.Splitting.SeparatorSheetSplitter(new DocClassifier.Splitting.SplittingOptions(), extraction), new DocClassifier.Splitting.StackPartWriter(extraction), Ledger, Path.Combine(folder.Path, "archive", "parts"), clock)
            {
                ReviewUncertainStacks = reviewUncertainStacks,
            }
            : null;
        Stacks = splitting is null ? null : new StackReview(Ledger, new StackPartRecorder(new DocClassifier.Splitting.StackPartWriter(extraction), Ledger, Path.Combine(folder.Path, "archive", "parts"), clock), clock);
        ProcessorLedger = new CountingLedger(Ledger);
        Processor = new DocumentProcessor(ProcessorLedger, extractor?.Invoke(work) ?? Extractions.Default.Extractor, classifier, results, failures, work, clock, Delivery, routing: new ThresholdRoutingPolicy(requirements), splitting: splitting)
        {
            SpotChecks = SpotChecks,
        };
    }

    public string Inbox => Path.Combine(folder.Path, "inbox");

    public string LedgerPath => Path.Combine(folder.Path, "ledger.db");

    public string Results => Path.Combine(folder.Path, "results");

    public string Failed => Path.Combine(folder.Path, "failed");

    public string Examples => Path.Combine(folder.Path, "examples");

    public string WorkFolder => Path.Combine(folder.Path, "work");

    public SqliteDocumentLedger Ledger { get; }

    /// <summary>The ledger as the processor sees it, counting what it reads.</summary>
    public CountingLedger ProcessorLedger { get; }

    public DocumentIntake Intake { get; }

    public DocumentProcessor Processor { get; }

    public ReviewDesk Desk { get; }

    public SpotCheckSample SpotChecks { get; }

    public SpotCheckDesk SpotCheckDesk { get; }

    /// <summary>The review of stacks the page model is unsure of; null unless stacks are split.</summary>
    public StackReview? Stacks { get; }

    public DecidedDocumentDelivery Delivery { get; }

    public WorkStore Work { get; }

    /// <summary>Drops a file into the inbox and takes it in; returns the document id.</summary>
    public string Drop(string name, byte[] content)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, name);
        File.WriteAllBytes(path, content);
        return Intake.Ingest(path).DocumentId;
    }

    /// <summary>Writes rows as an older version did (SQL), then runs the upgrade of schema 4 over them, as opening an old ledger does.</summary>
    public void UpgradeAfter(string oldRows)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={LedgerPath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = oldRows;
            command.ExecuteNonQuery();
        }

        LegacyAuditBackfill.Run(connection, transaction);
        transaction.Commit();
    }

    public string[] ResultFiles() => Directory.Exists(Results) ? Directory.GetFiles(Results, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
