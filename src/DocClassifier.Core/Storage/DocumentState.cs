namespace DocClassifier.Storage;

/// <summary>Where a document is in its life. Delivered, Failed and Duplicate are terminal; PendingReview waits for a person.</summary>
public enum DocumentState
{
    Received,
    Processing,
    Delivered,
    PendingReview,
    Failed,
    Duplicate,
}
