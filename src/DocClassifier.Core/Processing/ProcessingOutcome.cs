namespace DocClassifier.Processing;

/// <summary>How one run of processing ended.</summary>
public enum ProcessingOutcome
{
    Delivered,
    PendingReview,
    Failed,

    /// <summary>A scanned stack split into parts; each part is recorded as a document of its own and processed on its own.</summary>
    Split,

    /// <summary>Another run (or an earlier one) had already finished it: nothing was done.</summary>
    AlreadyDone,
}
