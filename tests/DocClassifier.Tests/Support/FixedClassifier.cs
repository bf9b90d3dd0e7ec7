using DocClassifier.Classification;

namespace DocClassifier.Tests.Support;

/// <summary>A classifier that always gives the same scores (and a 98 % target), for testing what happens after classification.</summary>
internal sealed class FixedClassifier(string label, double confidence, double threshold = 0.8) : IDocumentClassifier
{
    public ClassificationResult Classify(string text) =>
        new(label, confidence, [new LabelScore(label, confidence), new LabelScore("stamp-tax", (1 - confidence) / 2)], threshold, 0.98, "fixed@1");
}
