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
    DateTimeOffset UpdatedAt);
