using DocClassifier.Storage;

namespace DocClassifier.Cli.Web.Api;

/// <summary>A document as the REST API shows it.</summary>
public sealed record DocumentView(
    string Id,
    string OriginalFileName,
    string SourceFolder,
    DateTimeOffset ReceivedAt,
    string State,
    string? Label,
    double? Confidence,
    string? ErrorCode,
    string? Detail,
    DateTimeOffset UpdatedAt,
    string? ResultJson)
{
    public IReadOnlyList<AuditEntryView>? Audit { get; init; }

    public static DocumentView From(LedgerDocument document, string? resultJson = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(
            document.Id,
            document.OriginalFileName,
            document.SourceFolder,
            document.ReceivedAt,
            document.State.ToString(),
            document.Label,
            document.Confidence,
            document.ErrorCode,
            document.Detail,
            document.UpdatedAt,
            resultJson);
    }
}
