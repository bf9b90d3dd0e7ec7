using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Training;

namespace DocClassifier.Learning;

/// <summary>
/// A model's scores on a sample of the document stream in which every example stands for a share of the stream:
/// held-out reviewed examples for the documents that went to review, spot-checked ones for those that were delivered.
/// Every metric is weighted by those shares, so a challenger that gains on the hard documents but loses automation on
/// the easy ones scores lower, as it would in service.
/// </summary>
internal static class StreamScore
{
    public static HeldOutScore Of(MlNetDocumentClassifier model, IReadOnlyList<LabeledText> sample, IReadOnlyList<double> weights, double target)
    {
        var scored = ModelEvaluator.Score(model, sample);
        var total = weights.Sum();
        var right = scored.Select((d, i) => d.PredictedLabel == d.TrueLabel ? weights[i] : 0).Sum();
        var delivered = scored.Select((d, i) => (d, w: weights[i])).Where(x => x.d.Confidence >= model.Card.Thresholds.GetValueOrDefault(x.d.PredictedLabel, ThresholdSelector.Never)).ToList();
        var deliveredWeight = delivered.Sum(x => x.w);
        return new HeldOutScore(
            Math.Round(MacroF1(scored, weights), 4),
            Math.Round(right / total, 4),
            Math.Round(AutomationAtPrecision(scored, weights, target) / total, 4),
            Math.Round(deliveredWeight / total, 4),
            Math.Round(deliveredWeight == 0 ? 1 : delivered.Where(x => x.d.PredictedLabel == x.d.TrueLabel).Sum(x => x.w) / deliveredWeight, 4));
    }

    // F1 of each true label from weighted counts, averaged over the labels present (as MetricsCalculator does unweighted).
    private static double MacroF1(List<ScoredDocument> scored, IReadOnlyList<double> weights) =>
        scored.Select(d => d.TrueLabel).Distinct(StringComparer.Ordinal).Select(label =>
        {
            var (hit, predicted, actual) = (0.0, 0.0, 0.0);
            for (var i = 0; i < scored.Count; i++)
            {
                var (isTrue, isPredicted) = (scored[i].TrueLabel == label, scored[i].PredictedLabel == label);
                hit += isTrue && isPredicted ? weights[i] : 0;
                predicted += isPredicted ? weights[i] : 0;
                actual += isTrue ? weights[i] : 0;
            }

            return predicted + actual == 0 ? 0 : 2 * hit / (predicted + actual);
        }).DefaultIfEmpty(0).Average();

    // The largest weight a single confidence cut-off could deliver at the target precision (most confident first).
    private static double AutomationAtPrecision(List<ScoredDocument> scored, IReadOnlyList<double> weights, double target)
    {
        var (right, taken, best) = (0.0, 0.0, 0.0);
        foreach (var i in Enumerable.Range(0, scored.Count).Where(i => scored[i].Confidence > 0).OrderByDescending(i => scored[i].Confidence))
        {
            taken += weights[i];
            right += scored[i].PredictedLabel == scored[i].TrueLabel ? weights[i] : 0;
            best = right >= target * taken - 1e-12 ? taken : best;
        }

        return best;
    }
}
