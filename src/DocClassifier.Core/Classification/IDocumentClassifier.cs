namespace DocClassifier.Classification;

/// <summary>Scores a document's text against the labels of a model; decides nothing (see <see cref="Routing.IRoutingPolicy"/>). Thread-safe.</summary>
public interface IDocumentClassifier
{
    ClassificationResult Classify(string text);
}
