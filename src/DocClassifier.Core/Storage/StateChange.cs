namespace DocClassifier.Storage;

/// <summary>A compare-and-set transition: it happens only if the document is still in <see cref="From"/>.</summary>
public sealed record StateChange(DocumentState From, DocumentState To, string Actor, string? Detail = null)
{
    public string? Label { get; init; }

    public double? Confidence { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>The kind of actor; when null, it follows from the actor's name (<see cref="ActorKinds.Of"/>).</summary>
    public ActorKind? Kind { get; init; }

    /// <summary>When the change was decided, so that a decision and its record carry one time; when null, the ledger's clock.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>The reviewer whose decision this change records (with <see cref="To"/> = Decided); kept on the document until delivery.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>
    /// A change that the job making it would simply make again: the ledger then commits it without waiting for the
    /// disk. A kill cannot lose it (the database has it); a power cut or an OS crash may take back the last few such
    /// changes, never leaving the ledger inconsistent, and those documents are processed again after the restart.
    /// A later change that must survive (a reviewer's decision, intake) makes every earlier one durable with it.
    /// </summary>
    public bool Redoable { get; init; }

    /// <summary>Sets the document's <see cref="LedgerDocument.SplitProposal"/>; when null, it stays as it was.</summary>
    public string? SplitProposal { get; init; }
}
