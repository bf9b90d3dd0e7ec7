namespace DocClassifier.Storage;

/// <summary>
/// Where a document is in its life. Delivered, Failed and Duplicate are terminal; PendingReview waits for a person;
/// Decided holds a reviewer's decision (label, reviewer, time) until its delivery, which a crash may interrupt.
/// Split (terminal) is a scanned stack that was split into parts, each a document of its own.
/// </summary>
public enum DocumentState
{
    Received,
    Processing,
    Delivered,
    PendingReview,
    Failed,
    Duplicate,
    Decided,
    Split,
}
