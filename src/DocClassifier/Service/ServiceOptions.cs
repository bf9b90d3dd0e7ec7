using System.ComponentModel.DataAnnotations;

namespace DocClassifier.Host.Service;

/// <summary>
/// Settings of the service (configuration section "DocClassifier"; environment DOCCLASSIFIER__NAME).
/// Every folder defaults to a subfolder of <see cref="BaseDirectory"/>. Checked when the program starts: a bad value
/// stops it with a message naming the setting, before any document is touched.
/// </summary>
public sealed class ServiceOptions
{
    public const string SectionName = "DocClassifier";

    [Required(AllowEmptyStrings = false)]
    public string BaseDirectory { get; set; } = "docclassifier-data";

    public string? Inbox { get; set; }

    public string? Results { get; set; }

    public string? Failed { get; set; }

    public string? Archive { get; set; }

    public string? Duplicates { get; set; }

    /// <summary>"sqlite" (embedded, default: SQLite ledger, in-memory Hangfire) or "postgres" (ledger and Hangfire on PostgreSQL).</summary>
    public string Storage { get; set; } = "sqlite";

    /// <summary>PostgreSQL connection string, with Storage = postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>A file is taken once its size and time have not changed for this long.</summary>
    [Range(0, 3600, ErrorMessage = "DocClassifier:StableForSeconds must be between {1} and {2} seconds.")]
    public double StableForSeconds { get; set; } = 5;

    /// <summary>Full rescans of the inbox back up change notifications, which network shares drop.</summary>
    [Range(0.1, 86400, ErrorMessage = "DocClassifier:RescanSeconds must be between {1} and {2} seconds.")]
    public double RescanSeconds { get; set; } = 30;

    /// <summary>
    /// How often the intake node queues documents another process put back to Received (<c>docclassifier retry</c> on
    /// SQLite, whose job queue lives in the service's memory).
    /// </summary>
    [Range(0.1, 3600, ErrorMessage = "DocClassifier:HandOffSeconds must be between {1} and {2} seconds.")]
    public double HandOffSeconds { get; set; } = 2;

    /// <summary>Hangfire workers on this node (each borrows its own OCR engine); 0 means one per core.</summary>
    [Range(0, 1024, ErrorMessage = "DocClassifier:Workers must be between {1} (one per core) and {2}.")]
    public int Workers { get; set; }

    /// <summary>
    /// PostgreSQL only: a job whose worker stopped answering goes to another worker after this long. A live
    /// worker keeps extending it (sliding), so a long OCR job is never handed out twice while its worker runs.
    /// </summary>
    [Range(1, 86400, ErrorMessage = "DocClassifier:JobInvisibilitySeconds must be between {1} and {2} seconds.")]
    public double JobInvisibilitySeconds { get; set; } = 300;

    /// <summary>How often the intake node looks for documents stuck in Processing with no job (see StuckDocumentSweep).</summary>
    [Range(0.1, 86400, ErrorMessage = "DocClassifier:SweepSeconds must be between {1} and {2} seconds.")]
    public double SweepSeconds { get; set; } = 60;

    /// <summary>
    /// How long a document must have been unfinished with no live job before the sweep queues it again: a job between
    /// its ledger change and the queue, or a reviewer's decision being delivered right now, is left alone.
    /// </summary>
    [Range(0, 86400, ErrorMessage = "DocClassifier:SweepGraceSeconds must be between {1} and {2} seconds.")]
    public double SweepGraceSeconds { get; set; } = 60;

    /// <summary>How long a reviewer holds an item taken with "Next" before it returns to the queue.</summary>
    [Range(0.1, 1440, ErrorMessage = "DocClassifier:ReviewClaimMinutes must be between {1} and {2} minutes.")]
    public double ReviewClaimMinutes { get; set; } = 10;

    /// <summary>The model the registry starts with when it is empty; default models/tax-documents.zip beside the program.</summary>
    public string? ModelPath { get; set; }

    /// <summary>The model registry: every version, which one is live, labels added by administrators (default BASE/model-versions; shared by all nodes).</summary>
    public string? ModelRegistry { get; set; }

    /// <summary>
    /// How many readings of a file may end with the process dead (a native crash in the OCR engine, or killed) before
    /// the file is given up on: its document then goes to failed/ with the code <c>readingInterrupted</c> instead of
    /// taking its worker down again at every restart.
    /// </summary>
    [Range(1, 100, ErrorMessage = "DocClassifier:InterruptedReadingLimit must be between {1} and {2}.")]
    public int InterruptedReadingLimit { get; set; } = 2;

    /// <summary>
    /// Unset in production. When set, a job waits before reading a document while a file named after the document's
    /// id exists in this folder (see <see cref="HoldingExtractor"/>).
    /// </summary>
    public string? JobHoldFolder { get; set; }

    /// <summary>Whether the ledger and the job queue live in PostgreSQL (shared by every node and command) rather than SQLite and memory.</summary>
    public bool IsPostgres => Storage.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The most documents recorded together (an intake batch) that one Hangfire job processes, one after another; a batch
    /// is spread over at least four jobs a worker, so a few documents still get a job each. 1: a job for every document.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "DocClassifier:DocumentsPerJob must be between {1} and {2}.")]
    public int DocumentsPerJob { get; set; } = 10;

    /// <summary>The Hangfire workers this node runs.</summary>
    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;

    public string Folder(string? configured, string name) => Path.GetFullPath(configured ?? Path.Combine(BaseDirectory, name));

    public string LedgerPath => Path.GetFullPath(Path.Combine(BaseDirectory, "ledger.db"));
}
