namespace DocClassifier.Processing;

/// <summary>How one run of processing ended.</summary>
public enum ProcessingOutcome
{
    Delivered,
    PendingReview,
    Failed,

    /// <summary>Another run (or an earlier one) had already finished it: nothing was done.</summary>
    AlreadyDone,
}
