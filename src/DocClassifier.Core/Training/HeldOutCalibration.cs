using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// Calibration and thresholds from out-of-fold probabilities, each checked the honest way: for every fold,
/// the calibration and the thresholds are fitted on the other folds only and applied to it. The check
/// decides between one threshold for all labels and one per label (per-label thresholds fit small labels
/// too closely); the kept kind is then chosen again on all folds for the model.
/// </summary>
internal static class HeldOutCalibration
{
    public static (ProbabilityCalibration Calibration, ThresholdChoice Choice, Dictionary<string, double> Thresholds) Fit(
        ModelSearch search, float[][] outOfFold, int[] truth, int[] fold, int folds, IReadOnlyList<string> labels, double target)
    {
        var uncalibrated = search.Scored(outOfFold, ProbabilityCalibration.None);
        var pooledBefore = new List<ScoredDocument>();
        var pooledAfter = new List<ScoredDocument>();
        var (global, perLabel) = (new Delivered(), new Delivered());
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
            global.Add(heldOut, ThresholdSelector.SelectGlobal(fitted, labels, target));
            perLabel.Add(heldOut, ThresholdSelector.Select(fitted, labels, target));
        }

        var final = TemperatureCalibrator.Fit(outOfFold, truth) with
        {
            HeldOutEceBefore = Math.Round(MetricsCalculator.ExpectedCalibrationError(pooledBefore), 4),
            HeldOutEceAfter = Math.Round(MetricsCalculator.ExpectedCalibrationError(pooledAfter), 4),
        };
        var (g, p) = (global.Result, perLabel.Result);
        var (kept, why) = (g.Precision >= target, p.Precision >= target) switch
        {
            (true, true) => p.Automation > g.Automation ? ("per-label", "both held the target precision; per-label delivered more") : ("global", "both held the target precision; global delivered as much or more"),
            (true, false) => ("global", "only the global threshold held the target precision"),
            (false, true) => ("per-label", "only per-label thresholds held the target precision"),
            _ => p.Precision > g.Precision ? ("per-label", "neither held the target precision; per-label came closer") : ("global", "neither held the target precision; global came as close or closer"),
        };
        var all = search.Scored(outOfFold, final);
        var thresholds = kept == "global" ? ThresholdSelector.SelectGlobal(all, labels, target) : ThresholdSelector.Select(all, labels, target);
        return (final, new ThresholdChoice(kept, g, p, why), thresholds);
    }

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
