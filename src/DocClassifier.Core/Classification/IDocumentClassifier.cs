namespace DocClassifier.Classification;

/// <summary>Labels a document's text and decides whether it can be delivered without review. Thread-safe.</summary>
public interface IDocumentClassifier
{
    ClassificationResult Classify(string text);
}
