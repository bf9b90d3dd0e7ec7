namespace DocClassifier.Storage;

/// <summary>The action a transition stands for, from its states alone.</summary>
public static class AuditActions
{
    public static AuditAction For(DocumentState? from, DocumentState to) => (from, to) switch
    {
        (null, DocumentState.Received) => AuditAction.Received,
        (_, DocumentState.Duplicate) => AuditAction.Duplicate,
        (_, DocumentState.Split) => AuditAction.Split,
        (DocumentState.Failed, DocumentState.Received) => AuditAction.Retried,
        (_, DocumentState.Processing) => AuditAction.Started,
        (DocumentState.Delivered, DocumentState.Delivered) => AuditAction.Changed, // a spot-check's confirmation delivers nothing
        (_, DocumentState.Delivered) => AuditAction.Delivered,
        (_, DocumentState.PendingReview) => AuditAction.SentToReview,
        (_, DocumentState.Decided) => AuditAction.Decided,
        (_, DocumentState.Failed) => AuditAction.Failed,
        _ => AuditAction.Changed,
    };
}
