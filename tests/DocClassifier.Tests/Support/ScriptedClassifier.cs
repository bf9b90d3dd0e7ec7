using DocClassifier.Classification;

namespace DocClassifier.Tests.Support;

/// <summary>A classifier that gives, for each text, the scores the test wrote down for it.</summary>
internal sealed class ScriptedClassifier(IReadOnlyDictionary<string, ClassificationResult> scores) : IDocumentClassifier
{
    public ClassificationResult Classify(string text) => scores[text];
}
