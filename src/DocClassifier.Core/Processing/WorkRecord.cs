using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;

namespace DocClassifier.Processing;

/// <summary>What processing learned about a document, kept so that a reviewer's decision can be delivered without extracting again.</summary>
/// <param name="FieldCorrections">A reviewer's field corrections, kept once the decision is claimed, so that a re-run delivers them too.</param>
public sealed record WorkRecord(ExtractedDocument Extracted, ClassificationResult Classification, IReadOnlyList<FieldCorrection>? FieldCorrections = null);
