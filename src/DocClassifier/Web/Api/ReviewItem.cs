using DocClassifier.Classification;
using DocClassifier.Processing;
using DocClassifier.Storage;

namespace DocClassifier.Cli.Web.Api;

/// <summary>A claimed review item: the document, the model's top labels, the extracted text, and how long the claim lasts.</summary>
public sealed record ReviewItem(DocumentView Document, IReadOnlyList<LabelScore> Top, string? Reason, string? Text, DateTimeOffset? ClaimExpiresAt)
{
    public static ReviewItem From(LedgerDocument document, WorkRecord? record)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(DocumentView.From(document), record?.Classification.Top ?? [], record?.Classification.Reason, record?.Extracted.Text, document.ClaimExpiresAt);
    }
}
