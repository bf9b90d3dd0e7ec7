using System.Globalization;
using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// Calibration and thresholds from out-of-fold probabilities, each checked the honest way: for every fold,
/// the calibration and the thresholds are fitted on the other folds only and applied to it. The check
/// decides between one threshold for all labels and one per label (per-label thresholds fit small labels
/// too closely), and how much stricter than the target to choose them; the kept setting is then applied
/// to all out-of-fold predictions for the model.
/// </summary>
internal static class HeldOutCalibration
{
    public static (ProbabilityCalibration Calibration, ThresholdChoice Choice, Dictionary<string, double> Thresholds) Fit(
        ModelSearch search, float[][] outOfFold, int[] truth, int[] fold, int folds, IReadOnlyList<string> labels, double target)
    {
        var uncalibrated = search.Scored(outOfFold, ProbabilityCalibration.None);
        var pooledBefore = new List<ScoredDocument>();
        var pooledAfter = new List<ScoredDocument>();
        var strictness = Strictness(target);
        var delivered = Kinds.SelectMany(kind => strictness.Select(at => (kind, at))).ToDictionary(c => c, _ => new Delivered());
        for (var f = 0; f < folds; f++)
        {
            var inside = Enumerable.Range(0, truth.Length).Where(d => fold[d] != f).ToArray();
            var outside = Enumerable.Range(0, truth.Length).Where(d => fold[d] == f).ToArray();
            var calibration = TemperatureCalibrator.Fit(inside.Select(d => outOfFold[d]).ToList(), inside.Select(d => truth[d]).ToList());
            var scored = search.Scored(outOfFold, calibration);
            var fitted = inside.Select(d => scored[d]).ToList();
            var heldOut = outside.Select(d => scored[d]).ToList();
            pooledAfter.AddRange(heldOut);
            pooledBefore.AddRange(outside.Select(d => uncalibrated[d]));
            foreach (var ((kind, at), counts) in delivered)
            {
                counts.Add(heldOut, Select(kind, fitted, labels, at));
            }
        }

        var final = TemperatureCalibrator.Fit(outOfFold, truth) with
        {
            HeldOutEceBefore = Math.Round(MetricsCalculator.ExpectedCalibrationError(pooledBefore), 4),
            HeldOutEceAfter = Math.Round(MetricsCalculator.ExpectedCalibrationError(pooledAfter), 4),
        };

        // Thresholds chosen at exactly the target on the data they are chosen on fall short of it on new data
        // (the lowest crossing point is picked): the kind and strictness kept is the one that delivers most
        // while holding the target on held-out folds, or, if none does, the one that comes closest.
        var results = delivered.ToDictionary(d => d.Key, d => d.Value.Result);
        var holding = results.Where(r => r.Value.Precision >= target).ToList();
        var ((keptKind, keptAt), keptResult) = holding.Count > 0
            ? holding.OrderByDescending(r => r.Value.Automation).ThenBy(r => r.Key.at).First()
            : results.OrderByDescending(r => r.Value.Precision).ThenByDescending(r => r.Value.Automation).First();
        var why = holding.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"chosen for {keptAt:P1} precision, it delivered the most ({keptResult.Automation:P1}) of the settings that held {target:P1} on held-out folds ({keptResult.Precision:P1})")
            : string.Create(CultureInfo.InvariantCulture, $"no setting held {target:P1} on held-out folds; chosen for {keptAt:P1}, it came closest ({keptResult.Precision:P1})");
        var best = Kinds.ToDictionary(k => k, k => results.Where(r => r.Key.kind == k).OrderByDescending(r => r.Value.Precision >= target).ThenByDescending(r => r.Value.Automation).First().Value);
        var thresholds = Select(keptKind, search.Scored(outOfFold, final), labels, keptAt);
        return (final, new ThresholdChoice(keptKind, keptAt, best[Global], best[PerLabel], why), thresholds);
    }

    private const string Global = "global";
    private const string PerLabel = "per-label";
    private static readonly string[] Kinds = [Global, PerLabel];

    // The target, then a quarter, a half and three quarters of the way from it to 100 %.
    private static double[] Strictness(double target) => [.. new[] { 0, 0.25, 0.5, 0.75 }.Select(s => Math.Round(target + (s * (1 - target)), 4))];

    private static Dictionary<string, double> Select(string kind, IEnumerable<ScoredDocument> scored, IReadOnlyList<string> labels, double precision) =>
        kind == Global ? ThresholdSelector.SelectGlobal(scored, labels, precision) : ThresholdSelector.Select(scored, labels, precision);

    private sealed class Delivered
    {
        private int documents;
        private int delivered;
        private int right;

        public HeldOutThresholds Result => new(
            Math.Round(documents == 0 ? 0 : delivered / (double)documents, 4), Math.Round(delivered == 0 ? 1 : right / (double)delivered, 4));

        public void Add(List<ScoredDocument> heldOut, IReadOnlyDictionary<string, double> thresholds)
        {
            documents += heldOut.Count;
            foreach (var d in heldOut.Where(d => d.Confidence >= thresholds.GetValueOrDefault(d.PredictedLabel, ThresholdSelector.Never)))
            {
                delivered++;
                right += d.PredictedLabel == d.TrueLabel ? 1 : 0;
            }
        }
    }
}
