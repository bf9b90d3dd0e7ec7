namespace DocClassifier.Storage;

/// <summary>A document as the ledger knows it.</summary>
public sealed record LedgerDocument(
    string Id,
    string OriginalFileName,
    string SourceFolder,
    DateTimeOffset ReceivedAt,
    string ArchivePath,
    DocumentState State,
    string? Label,
    double? Confidence,
    string? ErrorCode,
    string? Detail,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The reviewer holding this item of the review queue, until <see cref="ClaimExpiresAt"/>.</summary>
    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimExpiresAt { get; init; }

    /// <summary>The reviewer whose decision the document holds (set on entering Decided), and when it was made.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The stack this document is a part of (its id), or null for a document dropped as it is.</summary>
    public string? Parent { get; init; }

    /// <summary>The part's pages in its stack, from 1: <c>3-5</c>, or <c>4</c>.</summary>
    public string? Pages { get; init; }

    /// <summary>The label the separator sheet before this part names: a clerk's hint, checked against the model's label.</summary>
    public string? SheetLabel { get; init; }

    /// <summary>
    /// For a scanned stack the page model was unsure of: its probability for each page from the second that it begins a
    /// document (<c>2:0.031 3:0.620 ...</c>, see <c>Splitting.PageBoundaries</c>), kept while the stack waits for a reviewer
    /// to split it. Empty once a reviewer kept the stack whole (it is then processed as one document and never asked
    /// about again); null for every other document.
    /// </summary>
    public string? SplitProposal { get; init; }

    /// <summary>A scanned stack waiting in the review queue for a reviewer to say where its documents begin.</summary>
    public bool WaitsForSplit => State == DocumentState.PendingReview && !string.IsNullOrEmpty(SplitProposal);

    public bool IsClaimedByOtherThan(string reviewer, DateTimeOffset now) =>
        ClaimedBy is not null && ClaimedBy != reviewer && ClaimExpiresAt > now;
}
