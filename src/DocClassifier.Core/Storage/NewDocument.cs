namespace DocClassifier.Storage;

/// <summary>A file taken from the inbox, before it is recorded. Id is the SHA-256 of its content.</summary>
public sealed record NewDocument(string Id, string OriginalFileName, string SourceFolder, DateTimeOffset ReceivedAt, string ArchivePath)
{
    /// <summary>For a part of a scanned stack: the stack's id (see <see cref="LedgerDocument.Parent"/>).</summary>
    public string? Parent { get; init; }

    /// <summary>For a part: its pages in the stack, e.g. <c>3-5</c>.</summary>
    public string? Pages { get; init; }

    /// <summary>For a part: the label its separator sheet names, if any.</summary>
    public string? SheetLabel { get; init; }
}
