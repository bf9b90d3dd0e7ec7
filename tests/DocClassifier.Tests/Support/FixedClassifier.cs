using DocClassifier.Classification;

namespace DocClassifier.Tests.Support;

/// <summary>A classifier that always gives the same answer, for testing what happens after classification.</summary>
internal sealed class FixedClassifier(string label, double confidence, double threshold = 0.8) : IDocumentClassifier
{
    public ClassificationResult Classify(string text)
    {
        var decision = confidence >= threshold ? RoutingDecision.Deliver : RoutingDecision.Review;
        return new ClassificationResult(
            label,
            confidence,
            [new LabelScore(label, confidence), new LabelScore("stamp-tax", (1 - confidence) / 2)],
            threshold,
            decision,
            decision == RoutingDecision.Review ? "Confidence below the threshold." : null,
            "fixed@1");
    }
}
