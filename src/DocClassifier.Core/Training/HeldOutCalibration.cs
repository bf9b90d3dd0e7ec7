using System.Globalization;
using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// Calibration and thresholds from out-of-fold probabilities, each checked the honest way: for every fold,
/// the calibration and the thresholds are fitted on the other folds only and applied to it. The check
/// decides between one threshold for all labels, one per label (per-label thresholds fit small labels
/// too closely) and one threshold on a learned confidence (<see cref="ConfidenceModel"/>, fitted on the other
/// folds too), and how much stricter than the target to choose them; the kept setting is then applied to all
/// out-of-fold predictions for the model.
/// </summary>
internal static class HeldOutCalibration
{
    /// <param name="words">Each document's words of prepared text (<see cref="ConfidenceModel.Words"/>).</param>
    public static CalibrationOutcome Fit(
        ModelSearch search, float[][] outOfFold, int[] truth, int[] fold, int folds, IReadOnlyList<string> labels, IReadOnlyList<int> words, double target)
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
            var learned = ConfidenceModelFitter.Fit(fitted, [.. inside.Select(d => words[d])], labels);
            var fittedLearned = CrossFitted(scored, inside, fold, words, labels);
            var heldOutLearned = outside.Select(d => Rescored(scored[d], learned, words[d])).ToList();
            foreach (var ((kind, at), counts) in delivered)
            {
                counts.Add(
                    kind == Learned ? heldOutLearned : heldOut,
                    kind == Learned ? ThresholdSelector.SelectGlobal(fittedLearned, labels, at) : Select(kind, fitted, labels, at));
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
            ? holding.OrderByDescending(r => Math.Round(r.Value.Automation - (r.Key.kind == Learned ? LearnedMargin : 0), 4)).ThenBy(r => r.Key.kind == Learned).ThenBy(r => r.Key.at).First()
            : results.OrderByDescending(r => r.Value.Precision).ThenByDescending(r => r.Value.Automation).First();
        var why = holding.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"chosen for {keptAt:P1} precision, it delivered the most ({keptResult.Automation:P1}) of the settings that held {target:P1} on held-out folds ({keptResult.Precision:P1})")
            : string.Create(CultureInfo.InvariantCulture, $"no setting held {target:P1} on held-out folds; chosen for {keptAt:P1}, it came closest ({keptResult.Precision:P1})");
        var best = Kinds.ToDictionary(k => k, k => results.Where(r => r.Key.kind == k).OrderByDescending(r => r.Value.Precision >= target).ThenByDescending(r => r.Value.Automation).First().Value);
        var choice = new ThresholdChoice(keptKind, keptAt, best[Global], best[PerLabel], why) { Learned = best[Learned] };
        var all = Enumerable.Range(0, truth.Length).ToArray();
        var scoredFinal = search.Scored(outOfFold, final);
        var confidence = keptKind == Learned ? ConfidenceModelFitter.Fit(scoredFinal, words, labels) : null;
        if (confidence is not null)
        {
            var crossFitted = CrossFitted(scoredFinal, all, fold, words, labels);
            return new CalibrationOutcome(final, choice, ThresholdSelector.SelectGlobal(crossFitted, labels, keptAt), confidence, crossFitted);
        }

        // Kept only when every fold could fit one; should all documents be right or wrong together, one threshold for all.
        var served = keptKind == Learned ? Global : keptKind;
        return new CalibrationOutcome(final, choice with { Kept = served }, Select(served, scoredFinal, labels, keptAt), null, scoredFinal);
    }

    private const string Global = "global";
    private const string PerLabel = "per-label";
    private const string Learned = "learned";

    // The learned confidence is one more model fitted on the same folds: it is kept only when it delivers more than two
    // points more than the best of the others (where the text's length told nothing, it won by about one by chance).
    private const double LearnedMargin = 0.02;
    private static readonly string[] Kinds = [Global, PerLabel, Learned];

    // Each of the documents with its learned confidence from a model fitted on the others outside its fold: what the
    // thresholds are chosen on (a model's confidences on the documents it was fitted on are surer than on new ones).
    private static List<ScoredDocument> CrossFitted(List<ScoredDocument> scored, int[] documents, int[] fold, IReadOnlyList<int> words, IReadOnlyList<string> labels)
    {
        var result = new ScoredDocument[documents.Length];
        foreach (var g in documents.Select(d => fold[d]).Distinct())
        {
            var others = documents.Where(d => fold[d] != g).ToArray();
            var model = ConfidenceModelFitter.Fit([.. others.Select(d => scored[d])], [.. others.Select(d => words[d])], labels);
            for (var i = 0; i < documents.Length; i++)
            {
                if (fold[documents[i]] == g)
                {
                    result[i] = Rescored(scored[documents[i]], model, words[documents[i]]);
                }
            }
        }

        return [.. result];
    }

    // The document with the learned confidence in place of the probability; with no model (documents all right or all
    // wrong), a confidence of 0: nothing is delivered by it.
    private static ScoredDocument Rescored(ScoredDocument document, ConfidenceModel? model, int words) =>
        document with { Confidence = model?.Of(document.Confidence, document.PredictedLabel, words) ?? 0 };

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
