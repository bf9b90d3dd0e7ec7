using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>Confidence that means what it says, and thresholds that keep their promise on documents they were not chosen on.</summary>
[TestFixture]
[Category("Training")]
public class CalibrationTests
{
    private static TrainedModel Train(string trainer, double target, TrainingSet set) =>
        new ModelTrainer(new TrainingOptions { Trainers = [trainer], Features = SearchCandidates.Reference, Folds = 5, TargetPrecision = target }).Train("calibrated", set);

    [Test]
    public void Calibration_LowersTheExpectedCalibrationError_OnHeldOutFolds()
    {
        // Strong L2 makes maximum entropy under-confident, as on the real archive.
        var model = Train("LbfgsMaximumEntropy(l2=1)", 0.98, TopicTexts.Create(labels: 4, perLabel: 40, topicShare: 0.1, wrongLabels: 0, seed: 5));
        var calibration = model.Card.Calibration!;

        TestContext.Out.WriteLine($"exponent {calibration.Exponent}, ECE {calibration.HeldOutEceBefore} -> {calibration.HeldOutEceAfter}");
        Assert.That(calibration.Exponent, Is.GreaterThan(1), "an under-confident model is sharpened");
        Assert.That(calibration.HeldOutEceAfter, Is.LessThan(calibration.HeldOutEceBefore! * 0.7));
        Assert.That(model.Card.CrossValidation.ExpectedCalibrationError, Is.LessThan(calibration.HeldOutEceBefore!.Value));
    }

    [Test]
    public void TheOutOfFoldPredictions_AreWhatTheCardsCrossValidationWasComputedFrom()
    {
        var set = TopicTexts.Create(labels: 4, perLabel: 40, topicShare: 0.1, wrongLabels: 0, seed: 5);
        var model = Train("LbfgsMaximumEntropy(l2=1)", 0.98, set);
        var predictions = model.OutOfFold!;
        var calibration = model.Card.Calibration!;
        var right = Enumerable.Range(0, predictions.Truth.Count).Count(d =>
        {
            var calibrated = calibration.Apply(predictions.Probabilities[d]);
            return Array.IndexOf(calibrated, calibrated.Max()) == predictions.Truth[d];
        });

        Assert.Multiple(() =>
        {
            Assert.That(predictions.Labels, Is.EqualTo(model.Card.Labels));
            Assert.That(predictions.Truth.Select(t => predictions.Labels[t]), Is.EqualTo(set.Examples.Select(e => e.Label)), "one row a training document, in its order");
            Assert.That(predictions.Fold.Distinct().Order(), Is.EqualTo(Enumerable.Range(0, 5)));
            Assert.That(right / (double)predictions.Truth.Count, Is.EqualTo(model.Card.CrossValidation.Accuracy).Within(1e-4));
            Assert.That(predictions.Probabilities.Select(p => p.Sum()), Is.All.EqualTo(1).Within(1e-3));
        });
    }

    [Test]
    public void Thresholds_HoldTheTargetPrecision_OnHeldOutFolds()
    {
        var model = Train("LbfgsMaximumEntropy(l2=0.1)", 0.95, TopicTexts.Create(labels: 4, perLabel: 50, topicShare: 0.08, wrongLabels: 0, seed: 6));
        var choice = model.Card.ThresholdChoice!;
        var kept = choice.Kept switch { "global" => choice.Global, "learned" => choice.Learned!, _ => choice.PerLabel };

        TestContext.Out.WriteLine($"{choice.Kept} ({choice.Why}): global {choice.Global}, per-label {choice.PerLabel}, learned {choice.Learned}");
        Assert.That(kept.Precision, Is.GreaterThanOrEqualTo(0.95));
        Assert.That(kept.Automation, Is.GreaterThan(0.3), "thresholds that deliver nothing hold any precision");
        Assert.That(model.Card.Thresholds.Values.Distinct().Count(), choice.Kept == "per-label" ? Is.GreaterThanOrEqualTo(1) : Is.EqualTo(1));
    }

    [Test]
    public void TemperatureScaling_SharpensUnderConfidentProbabilities_AndKeepsTheRanking()
    {
        // Right 9 times in 10 but only 0.5 confident: the exponent must push confidence towards 0.9.
        var random = new Random(7);
        var truth = Enumerable.Range(0, 400).Select(_ => random.Next(3)).ToList();
        var probabilities = truth.Select(t =>
        {
            var predicted = random.NextDouble() < 0.9 ? t : (t + 1) % 3;
            return Enumerable.Range(0, 3).Select(l => l == predicted ? 0.5f : 0.25f).ToArray();
        }).ToList();

        var calibration = TemperatureCalibrator.Fit(probabilities, truth);
        var calibrated = calibration.Apply(probabilities[0]);

        Assert.That(calibration.Exponent, Is.GreaterThan(2));
        Assert.That(calibrated.Max(), Is.EqualTo(0.9).Within(0.03));
        Assert.That(Array.IndexOf(calibrated, calibrated.Max()), Is.EqualTo(Array.IndexOf(probabilities[0], probabilities[0].Max())));
    }
}
