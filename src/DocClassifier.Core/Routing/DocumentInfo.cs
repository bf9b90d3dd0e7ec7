namespace DocClassifier.Routing;

/// <summary>What intake recorded about a dropped file before it left the inbox.</summary>
/// <param name="Id">Lower-case hex SHA-256 of the content: the document id every stage is keyed by.</param>
/// <param name="OriginalFileName">The file's name in the inbox, e.g. <c>Scan 0012.PDF</c>.</param>
/// <param name="SourceFolder">The inbox subfolder it came from; "" for the inbox root.</param>
/// <param name="ReceivedAt">When intake recorded it.</param>
/// <param name="ArchivePath">Where the original is kept; sinks copy from here and never move it.</param>
public sealed record DocumentInfo(
    string Id,
    string OriginalFileName,
    string SourceFolder,
    DateTimeOffset ReceivedAt,
    string ArchivePath)
{
    /// <summary>For a part of a scanned stack: the stack's id; null for a document dropped as it is.</summary>
    public string? Parent { get; init; }

    /// <summary>For a part: its pages in the stack, from 1 (<c>3-5</c>, or <c>4</c>).</summary>
    public string? Pages { get; init; }

    /// <summary>What the ledger holds, as the sinks need it.</summary>
    public static DocumentInfo From(Storage.LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.OriginalFileName, document.SourceFolder, document.ReceivedAt, document.ArchivePath)
        {
            Parent = document.Parent,
            Pages = document.Pages,
        };
    }
}
