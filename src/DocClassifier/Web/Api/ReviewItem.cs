using DocClassifier.Classification;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Api;

/// <summary>A claimed review item: the document, the model's top labels, the extracted text, the fields found (each with the id a correction names), and how long the claim lasts.</summary>
public sealed record ReviewItem(DocumentView Document, IReadOnlyList<LabelScore> Top, string? Reason, string? Text, IReadOnlyList<ExtractedField> Fields, DateTimeOffset? ClaimExpiresAt)
{
    public static ReviewItem From(LedgerDocument document, WorkRecord? record)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(DocumentView.From(document), record?.Classification.Top ?? [], record?.Verdict?.Reason, record?.Extracted.Text, record?.Fields ?? [], document.ClaimExpiresAt);
    }
}
