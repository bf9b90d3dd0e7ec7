using DocClassifier.Classification;
using DocClassifier.Extraction;

namespace DocClassifier.Processing;

/// <summary>What processing learned about a document, kept so that a reviewer's decision can be delivered without extracting again.</summary>
public sealed record WorkRecord(ExtractedDocument Extracted, ClassificationResult Classification);
