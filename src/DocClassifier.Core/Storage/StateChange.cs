namespace DocClassifier.Storage;

/// <summary>A compare-and-set transition: it happens only if the document is still in <see cref="From"/>.</summary>
public sealed record StateChange(DocumentState From, DocumentState To, string Actor, string? Detail = null)
{
    public string? Label { get; init; }

    public double? Confidence { get; init; }

    public string? ErrorCode { get; init; }
}
