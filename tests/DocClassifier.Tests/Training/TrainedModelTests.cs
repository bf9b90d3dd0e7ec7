using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>
/// Trains once on a generated corpus (seed 1) and judges the model on documents generated with
/// another seed, as the README's evaluation does.
/// </summary>
[TestFixture]
[Category("Training")]
public class TrainedModelTests
{
    private TempFolder folder = null!;
    private TrainingSet training = null!;
    private TrainingSet heldOut = null!;
    private TrainedModel model = null!;

    [OneTimeSetUp]
    public void TrainOnAGeneratedCorpus()
    {
        folder = new TempFolder();
        // Ten a layout (the wider generator needs more to be sure), and an out-of-scope class as the shipped model has:
        // calibrated on templates held out, a model without one is sure of its best tax label for a shop receipt too.
        CorpusGenerator.GenerateText(Path.Combine(folder.Path, "train"), perClass: 70, seed: 1, new CorpusOptions { OutOfScope = true });
        CorpusGenerator.GenerateText(Path.Combine(folder.Path, "held-out"), perClass: 15, seed: 2);
        var loader = new TrainingSetLoader(() => throw new InvalidOperationException("text only"), new TextCache(Path.Combine(folder.Path, "cache")));
        training = loader.Load(Path.Combine(folder.Path, "train"));
        heldOut = loader.Load(Path.Combine(folder.Path, "held-out"));
        model = new ModelTrainer(new TrainingOptions()).Train("test-model", training);
    }

    [OneTimeTearDown]
    public void DeleteCorpus() => folder.Dispose();

    [Test]
    public void ModelCard_DescribesLabelsThresholdsTrainerAndData()
    {
        var card = model.Card;

        Assert.Multiple(() =>
        {
            Assert.That(card.Labels, Is.EquivalentTo(SampleLabels.All.Append(OutOfScope.Label)));
            Assert.That(card.Thresholds.Keys, Is.EquivalentTo(card.Labels));
            Assert.That(card.Thresholds.Values, Is.All.InRange(ThresholdSelector.Floor, ThresholdSelector.Never));
            Assert.That(card.Search!.Steps.Where(s => s.Stage == "trainer").Select(s => TrainerSpec.Parse(s.Candidate)!.Trainer).Distinct(), Is.EquivalentTo(TrainerSpec.Known), "every kind of trainer tried: compared on every fold, or dropped by the race");
            Assert.That(card.TrainersCompared[card.Trainer], Is.GreaterThanOrEqualTo(card.TrainersCompared.Values.Max() - ModelSearch.MinGain));
            Assert.That(card.Features, Is.Not.Null);
            Assert.That(card.Search!.Steps, Is.Not.Empty);
            Assert.That(card.Calibration!.HeldOutEceAfter, Is.Not.Null);
            Assert.That(card.TargetPrecision, Is.EqualTo(0.98));
            Assert.That(card.TrainingData.Documents, Is.EqualTo(13 * 70));
            Assert.That(card.TrainingData.Fingerprint, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(card.MlNetVersion, Does.StartWith("5."));
            Assert.That(card.CrossValidation.Documents, Is.EqualTo(13 * 70));
        });
    }

    [Test]
    public void HeldOutDocuments_AreClassifiedWell_AndDeliveredOnesMeetTheTargetPrecision()
    {
        var metrics = ModelEvaluator.Evaluate(model.ToClassifier(), heldOut);

        Assert.Multiple(() =>
        {
            Assert.That(metrics.Documents, Is.EqualTo(12 * 15));
            Assert.That(metrics.MacroF1, Is.GreaterThan(0.85));
            Assert.That(metrics.AutomationRate, Is.GreaterThan(0.2), "thresholds so strict that nothing is automated are no use");
            Assert.That(metrics.AutomatedPrecision, Is.GreaterThanOrEqualTo(0.97), "the 98% target, less one document's worth of slack");
        });
    }

    [Test]
    public void EvaluatorFigures_AgreeWithClassifyingEachDocument()
    {
        var classifier = model.ToClassifier();
        var results = heldOut.Examples.Select(e => (e.Label, Routed: ModelEvaluator.Route(classifier, e.Text))).ToList();

        var metrics = ModelEvaluator.Evaluate(classifier, heldOut);

        Assert.That(metrics.Accuracy, Is.EqualTo(results.Count(r => r.Routed.Scores.Label == r.Label) / (double)results.Count).Within(1e-9));
        Assert.That(metrics.AutomationRate, Is.EqualTo(results.Count(r => r.Routed.Verdict.Decision == RoutingDecision.Deliver) / (double)results.Count).Within(1e-9));
        Assert.That(metrics.ConfusionMatrix.Sum(row => row.Sum()), Is.EqualTo(results.Count));
    }

    [Test]
    public void SavedModel_LoadsBackAndGivesTheSameAnswers()
    {
        var path = Path.Combine(folder.Path, "models", "round-trip.zip");
        model.Save(path);

        var loaded = MlNetDocumentClassifier.Load(path);
        var original = model.ToClassifier();

        Assert.That(File.Exists(ModelFiles.CardPath(path)), Is.True);
        Assert.That(loaded.Card.Thresholds, Is.EqualTo(model.Card.Thresholds));
        foreach (var example in heldOut.Examples.Take(20))
        {
            var (a, b) = (original.Classify(example.Text), loaded.Classify(example.Text));
            Assert.That(b.Label, Is.EqualTo(a.Label));
            Assert.That(b.Confidence, Is.EqualTo(a.Confidence).Within(1e-6));
        }
    }

    [TestCase("english-letter")]
    [TestCase("blank-page")]
    [TestCase("shop-receipt")]
    [TestCase("news-paragraph")]
    public void DocumentsFromNoneOfTheClasses_AreNotDeliveredConfidently(string kind)
    {
        var text = kind switch
        {
            "english-letter" => FixtureDocuments.EnglishLetter().GroundTruth,
            "blank-page" => string.Empty,
            "shop-receipt" => "全聯福利中心 嘉義民族店\n電子發票證明聯\n品名 數量 單價 金額\n鮮乳 2 89 178\n吐司 1 45 45\n衛生紙 1 199 199\n合計 422\n現金 500 找零 78\n謝謝光臨",
            _ => "今年秋季雨量偏少，中南部水庫蓄水率下降，農民改種耐旱作物。氣象專家表示，下週將有鋒面通過，可望帶來明顯降雨，民眾出門請注意天氣變化。",
        };

        var (result, verdict) = ModelEvaluator.Route(model.ToClassifier(), text);

        Assert.That(verdict.Decision, Is.EqualTo(RoutingDecision.Review), $"{result.Label} at {result.Confidence:F2}");
        Assert.That(verdict.Reason, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Fingerprint_IsTheSameForTheSameData()
    {
        var again = new ModelTrainer(new TrainingOptions { Trainers = ["SdcaMaximumEntropy"], Folds = 2 }).Train("again", training);

        Assert.That(again.Card.TrainingData.Fingerprint, Is.EqualTo(model.Card.TrainingData.Fingerprint));
    }
}
