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

    public ProcessingWorld(IDocumentClassifier classifier, FieldRequirements? requirements = null)
    {
        Ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        Intake = new DocumentIntake(Ledger, Inbox, Path.Combine(folder.Path, "archive"), Path.Combine(folder.Path, "duplicates"), TimeProvider.System);
        var work = Work = new WorkStore(WorkFolder);
        var results = new FolderResultSink(Results);
        var failures = new FolderFailureSink(Failed);
        Desk = new ReviewDesk(Ledger, results, failures, work, ["house-tax-relief", "stamp-tax"], Examples, TimeProvider.System);
        Processor = new DocumentProcessor(Ledger, Extractions.Default.Extractor, classifier, results, failures, work, TimeProvider.System, Desk, routing: new ThresholdRoutingPolicy(requirements));
    }

    public string Inbox => Path.Combine(folder.Path, "inbox");

    public string Results => Path.Combine(folder.Path, "results");

    public string Failed => Path.Combine(folder.Path, "failed");

    public string Examples => Path.Combine(folder.Path, "examples");

    public string WorkFolder => Path.Combine(folder.Path, "work");

    public SqliteDocumentLedger Ledger { get; }

    public DocumentIntake Intake { get; }

    public DocumentProcessor Processor { get; }

    public ReviewDesk Desk { get; }

    public WorkStore Work { get; }

    /// <summary>Drops a file into the inbox and takes it in; returns the document id.</summary>
    public string Drop(string name, byte[] content)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, name);
        File.WriteAllBytes(path, content);
        return Intake.Ingest(path).DocumentId;
    }

    public string[] ResultFiles() => Directory.Exists(Results) ? Directory.GetFiles(Results, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
