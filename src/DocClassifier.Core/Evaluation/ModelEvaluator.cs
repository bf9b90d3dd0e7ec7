using DocClassifier.Classification;
using DocClassifier.Training;

namespace DocClassifier.Evaluation;

/// <summary>Runs a model over labelled documents and measures it at the thresholds of its card.</summary>
public static class ModelEvaluator
{
    public static EvaluationMetrics Evaluate(MlNetDocumentClassifier classifier, TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(set);
        if (set.Examples.Count == 0)
        {
            throw new TrainingDataException("There are no readable documents to evaluate on.");
        }

        var scored = Score(classifier, set.Examples);
        var labels = classifier.Card.Labels.Union(set.Examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal)).ToList();
        return MetricsCalculator.Compute(scored, labels, classifier.Card.Thresholds);
    }

    /// <summary>The model's label and confidence for each example, in order.</summary>
    public static List<ScoredDocument> Score(IDocumentClassifier classifier, IEnumerable<LabeledText> examples) =>
        examples
            .AsParallel()
            .AsOrdered()
            .Select(e =>
            {
                var result = classifier.Classify(e.Text);

                // A document routed to review for lack of text, or as out of scope, counts as not automated, whatever its score.
                var confidence = ClassifierText.Substance(e.Text) < MlNetDocumentClassifier.MinSubstance || result.Label == OutOfScope.Label ? 0 : result.Confidence;
                return new ScoredDocument(e.Label, result.Label, confidence);
            })
            .ToList();
}
