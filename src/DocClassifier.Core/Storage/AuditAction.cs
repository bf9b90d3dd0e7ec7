namespace DocClassifier.Storage;

/// <summary>What an audit entry records, as a column; the statistics count these, never the entry's text.</summary>
public enum AuditAction
{
    Received,

    /// <summary>Taken into processing (Received → Processing).</summary>
    Started,

    Delivered,
    SentToReview,

    /// <summary>A reviewer decided the label (PendingReview → Decided); the delivery follows.</summary>
    Decided,

    Failed,

    /// <summary>A failed document put back in line (Failed → Received).</summary>
    Retried,

    /// <summary>Another copy of a known document arrived.</summary>
    Duplicate,

    /// <summary>A scanned stack split into parts (Processing → Split); the parts are recorded as Received with it.</summary>
    Split,

    /// <summary>Any other transition.</summary>
    Changed,
}
