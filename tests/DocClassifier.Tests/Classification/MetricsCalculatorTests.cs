using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class MetricsCalculatorTests
{
    [Test]
    public void Compute_GivesAccuracyF1ConfusionAndAutomation()
    {
        ScoredDocument[] docs =
        [
            new("a", "a", 0.9), new("a", "a", 0.6), new("a", "b", 0.7),
            new("b", "b", 0.95), new("b", "b", 0.55),
        ];
        var thresholds = new Dictionary<string, double> { ["a"] = 0.8, ["b"] = 0.8 };

        var m = MetricsCalculator.Compute(docs, ["a", "b"], thresholds);

        Assert.Multiple(() =>
        {
            Assert.That(m.Accuracy, Is.EqualTo(0.8).Within(1e-9));
            Assert.That(m.ConfusionMatrix[0], Is.EqualTo(new[] { 2, 1 }));
            Assert.That(m.ConfusionMatrix[1], Is.EqualTo(new[] { 0, 2 }));
            Assert.That(m.PerClass[0].Precision, Is.EqualTo(1.0));
            Assert.That(m.PerClass[0].Recall, Is.EqualTo(2.0 / 3).Within(1e-9));
            Assert.That(m.PerClass[1].Precision, Is.EqualTo(2.0 / 3).Within(1e-9));
            Assert.That(m.MacroF1, Is.EqualTo(0.8).Within(1e-9));
            Assert.That(m.AutomationRate, Is.EqualTo(0.4).Within(1e-9), "0.9 and 0.95 pass their thresholds");
            Assert.That(m.AutomatedPrecision, Is.EqualTo(1.0));
            Assert.That(m.Calibration.Sum(b => b.Count), Is.EqualTo(5));
        });
    }

    [Test]
    public void ExpectedCalibrationError_IsTheDocumentWeightedGapBetweenConfidenceAndAccuracy_AndTheReportShowsIt()
    {
        // Ten at 0.95 of which 9 right (gap 0.05), ten at 0.55 of which 10 right (gap 0.45): (10 * 0.05 + 10 * 0.45) / 20.
        var documents = Enumerable.Range(0, 10).Select(i => new ScoredDocument("a", i == 0 ? "b" : "a", 0.95))
            .Concat(Enumerable.Range(0, 10).Select(_ => new ScoredDocument("a", "a", 0.55)))
            .ToList();

        var metrics = MetricsCalculator.Compute(documents, ["a", "b"], new Dictionary<string, double>());
        var card = new ModelCard
        {
            Name = "m", CreatedAt = DateTimeOffset.UnixEpoch, MlNetVersion = "5", Trainer = "t", TrainersCompared = new Dictionary<string, double>(),
            Labels = ["a", "b"], TargetPrecision = 0.98, Thresholds = new Dictionary<string, double>(), CrossValidation = metrics,
            TrainingData = new TrainingDataSummary("f", 20, new Dictionary<string, int>(), "s"),
        };

        Assert.That(metrics.ExpectedCalibrationError, Is.EqualTo(0.25).Within(1e-9));
        Assert.That(DocClassifier.Evaluation.HtmlReportWriter.Render(metrics, card, "d"), Does.Contain("Expected calibration error").And.Contain("0.250"));
    }
}
