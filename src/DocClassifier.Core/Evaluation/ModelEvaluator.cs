using DocClassifier.Classification;
using DocClassifier.Routing;
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

    /// <summary>
    /// The model's label and confidence for each example, in order. A document the routing policy sends to review
    /// whatever its score (no text, out of scope) counts with confidence 0, so that the card's thresholds (never
    /// below <see cref="ThresholdSelector.Floor"/>) automate exactly what the service would deliver.
    /// </summary>
    public static List<ScoredDocument> Score(IDocumentClassifier classifier, IEnumerable<LabeledText> examples) =>
        examples
            .AsParallel()
            .AsOrdered()
            .Select(e =>
            {
                var (scores, verdict) = Route(classifier, e.Text);
                return new ScoredDocument(e.Label, scores.Label, verdict.WhateverTheConfidence ? 0 : scores.Confidence);
            })
            .ToList();

    /// <summary>
    /// Scores the text and routes it as the service would. Evaluations measure the model on texts, not on
    /// documents' fields, so the policy has no field requirements (<see cref="ThresholdRoutingPolicy.Default"/>).
    /// </summary>
    public static (ClassificationResult Scores, RoutingVerdict Verdict) Route(IDocumentClassifier classifier, string text)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var scores = classifier.Classify(text);
        return (scores, ThresholdRoutingPolicy.Default.Decide(scores, text, []));
    }
}
