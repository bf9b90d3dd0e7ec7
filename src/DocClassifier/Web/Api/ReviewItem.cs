using DocClassifier.Classification;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Storage;

namespace DocClassifier.Cli.Web.Api;

/// <summary>A claimed review item: the document, the model's top labels, the extracted text, the fields found (in the order a correction's index counts), and how long the claim lasts.</summary>
public sealed record ReviewItem(DocumentView Document, IReadOnlyList<LabelScore> Top, string? Reason, string? Text, IReadOnlyList<ExtractedField> Fields, DateTimeOffset? ClaimExpiresAt)
{
    public static ReviewItem From(LedgerDocument document, WorkRecord? record)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = record is null ? [] : FieldExtractors.ExtractAll(record.Extracted.PageTexts);
        return new(DocumentView.From(document), record?.Classification.Top ?? [], record?.Classification.Reason, record?.Extracted.Text, fields, document.ClaimExpiresAt);
    }
}
