using System.Text.Json;
using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Api;

/// <summary>A document as the REST API shows it; once delivered, with the result file's JSON object as <c>result</c>.</summary>
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
    JsonElement? Result)
{
    public IReadOnlyList<AuditEntryView>? Audit { get; init; }

    public static DocumentView From(LedgerDocument document, JsonElement? result = null)
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
            result);
    }
}
