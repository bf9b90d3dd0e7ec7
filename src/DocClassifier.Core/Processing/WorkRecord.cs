using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;

namespace DocClassifier.Processing;

/// <summary>
/// What processing learned about a document, kept so that the review pages, the result and a reviewer's decision
/// use what was found once, without extracting again.
/// </summary>
/// <param name="FieldCorrections">A reviewer's field corrections, kept once the decision is claimed, so that a re-run delivers them too.</param>
public sealed record WorkRecord(ExtractedDocument Extracted, ClassificationResult Classification, IReadOnlyList<FieldCorrection>? FieldCorrections = null)
{
    /// <summary>
    /// The fields found in <see cref="Extracted"/>, with their ids, extracted once. Null only in a record written
    /// before fields were kept; <see cref="WorkStore.Find"/> extracts them for such a record.
    /// </summary>
    public IReadOnlyList<ExtractedField>? Fields { get; init; }

    /// <summary>The routing policy's decision and its reason; null in a record written before routing was kept apart.</summary>
    public RoutingVerdict? Verdict { get; init; }
}
