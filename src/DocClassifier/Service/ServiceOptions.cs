namespace DocClassifier.Cli.Service;

/// <summary>
/// Settings of the service (configuration section "DocClassifier"; environment DOCCLASSIFIER__NAME).
/// Every folder defaults to a subfolder of <see cref="BaseDirectory"/>.
/// </summary>
public sealed class ServiceOptions
{
    public const string SectionName = "DocClassifier";

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
    public double StableForSeconds { get; set; } = 5;

    /// <summary>Full rescans of the inbox back up change notifications, which network shares drop.</summary>
    public double RescanSeconds { get; set; } = 30;

    /// <summary>Hangfire workers on this node (each borrows its own OCR engine); 0 means one per core.</summary>
    public int Workers { get; set; }

    /// <summary>
    /// PostgreSQL only: a job whose worker stopped answering goes to another worker after this long. A live
    /// worker keeps extending it (sliding), so a long OCR job is never handed out twice while its worker runs.
    /// </summary>
    public double JobInvisibilitySeconds { get; set; } = 300;

    /// <summary>How often the intake node looks for documents stuck in Processing with no job (see StuckDocumentSweep).</summary>
    public double SweepSeconds { get; set; } = 60;

    /// <summary>How long a reviewer holds an item taken with "Next" before it returns to the queue.</summary>
    public double ReviewClaimMinutes { get; set; } = 10;

    /// <summary>The model the registry starts with when it is empty; default models/tax-documents.zip beside the program.</summary>
    public string? ModelPath { get; set; }

    /// <summary>The model registry: every version, which one is live, labels added by administrators (default BASE/model-versions; shared by all nodes).</summary>
    public string? ModelRegistry { get; set; }

    /// <summary>
    /// Unset in production. When set, a job waits before reading a document while a file named after the document's
    /// id exists in this folder (see <see cref="HoldingExtractor"/>).
    /// </summary>
    public string? JobHoldFolder { get; set; }

    public string Folder(string? configured, string name) => Path.GetFullPath(configured ?? Path.Combine(BaseDirectory, name));

    public string LedgerPath => Path.GetFullPath(Path.Combine(BaseDirectory, "ledger.db"));
}
