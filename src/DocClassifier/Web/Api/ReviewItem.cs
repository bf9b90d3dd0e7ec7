using DocClassifier.Classification;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Api;

/// <summary>
/// A claimed review item: the document, the model's top labels, the extracted text, the fields found (each with the id a
/// correction names), and how long the claim lasts; for a scanned stack waiting to be split, the page model's proposal
/// (<see cref="Stack"/>) instead of labels.
/// </summary>
public sealed record ReviewItem(DocumentView Document, IReadOnlyList<LabelScore> Top, string? Reason, string? Text, IReadOnlyList<ExtractedField> Fields, DateTimeOffset? ClaimExpiresAt)
{
    /// <summary>For a stack waiting to be split (POST /api/review/{id}/split): its pages, each page's probability of beginning a document, and the model's guess.</summary>
    public StackProposal? Stack { get; init; }

    public static ReviewItem From(LedgerDocument document, WorkRecord? record)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(DocumentView.From(document), record?.Classification.Top ?? [], record?.Verdict?.Reason ?? (document.WaitsForSplit ? document.Detail : null), record?.Extracted.Text, record?.Fields ?? [], document.ClaimExpiresAt)
        {
            Stack = StackProposal.Of(document),
        };
    }
}
