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

    /// <summary>For a part of a scanned stack: the stack and the part's pages in it; null for a document dropped as it is.</summary>
    public ParentView? Parent { get; init; }

    /// <summary>The label the separator sheet before this part names: a clerk's hint, checked against the model's label.</summary>
    public string? SheetLabel { get; init; }

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
            result)
        {
            Parent = document.Parent is { } parent ? new ParentView(parent, document.Pages ?? string.Empty) : null,
            SheetLabel = document.SheetLabel,
        };
    }
}
