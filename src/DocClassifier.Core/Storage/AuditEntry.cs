namespace DocClassifier.Storage;

/// <summary>
/// One transition in a document's history: when, who (the system, a model version, a reviewer), from, to, and detail
/// (text for people). <see cref="Kind"/>, <see cref="Action"/> and the labels are columns of their own, for programs.
/// </summary>
public sealed record AuditEntry(string DocumentId, DateTimeOffset At, string Actor, DocumentState? From, DocumentState To, string? Detail)
{
    public ActorKind Kind { get; init; } = ActorKinds.Of(Actor);

    public AuditAction Action { get; init; } = AuditActions.For(From, To);

    /// <summary>The document's label before the change (for a reviewer's decision: the model's label).</summary>
    public string? FromLabel { get; init; }

    /// <summary>The document's label after the change (for a reviewer's decision: the reviewer's label).</summary>
    public string? ToLabel { get; init; }
}
