using System.Globalization;
using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Which fitted model to serve, judged without a test set: outer stratified folds of the tuning documents;
/// on each, <c>train</c> runs as it does (its own inner folds choose calibration and thresholds) on the other
/// outer folds, with a fixed recipe so that only the served model differs, and the outer fold is scored at the
/// card's thresholds. Pooled over outer folds: what the thresholds really deliver, at what precision.
/// </summary>
internal static class ServingCheck
{
    public static void Run(TrainingSet tune, string trainer, double target, int outerFolds)
    {
        var labels = tune.Examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var outer = StratifiedFolds.Assign(tune.Examples.Select(e => labels.IndexOf(e.Label)).ToArray(), outerFolds, seed: 7);
        Console.WriteLine($"serving check on {tune.Examples.Count} tuning documents: {outerFolds} outer folds, {trainer} on {SearchCandidates.Reference}");
        foreach (var serving in Enum.GetValues<ServedModel>())
        {
            var scored = new List<ScoredDocument>();
            var (delivered, right) = (0, 0);
            var processor = 0.0;
            for (var f = 0; f < outerFolds; f++)
            {
                var inside = tune with { Examples = [.. tune.Examples.Where((_, i) => outer[i] != f)] };
                var outside = tune.Examples.Where((_, i) => outer[i] == f).ToList();
                var options = new TrainingOptions { TargetPrecision = target, Trainers = [trainer], Features = SearchCandidates.Reference, Serving = serving };
                var (model, _, seconds) = ClassifierBenchmark.Timed(() => new ModelTrainer(options).Train("serving-check", inside));
                processor += seconds;
                var classifier = model.ToClassifier();
                foreach (var e in outside)
                {
                    var result = classifier.Classify(e.Text);
                    scored.Add(new ScoredDocument(e.Label, result.Label, result.Confidence));
                    if (result.Confidence >= result.Threshold)
                    {
                        delivered++;
                        right += result.Label == e.Label ? 1 : 0;
                    }
                }
            }

            var metrics = MetricsCalculator.Compute(scored, labels, new Dictionary<string, double>());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  served {serving}: macro-F1 {metrics.MacroF1:F4}; at the cards' thresholds automation {delivered / (double)scored.Count:P1} at {(delivered == 0 ? 1 : right / (double)delivered):P1} precision; oracle {MetricsCalculator.AutomationAtPrecision(scored, target):P1}; ECE {metrics.ExpectedCalibrationError:F4}; training {processor:F0} s processor"));
        }
    }
}
