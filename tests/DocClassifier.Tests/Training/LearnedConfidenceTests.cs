using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;
using Microsoft.ML;

namespace DocClassifier.Tests.Training;

/// <summary>
/// The learned confidence (<see cref="ConfidenceModel"/>): where short texts are wrong more often than their
/// probability says, it ranks them lower, its probabilities mean what they say, and training keeps it only when one
/// threshold on it delivers more than the probability's thresholds on held-out folds.
/// </summary>
[TestFixture]
[Category("Training")]
public class LearnedConfidenceTests
{
    private static readonly string[] Labels = ["a", "b", "c"];

    [Test]
    public void ShortTextsWrongMoreOften_AreLessConfident_AtTheSameProbability()
    {
        var (scored, words) = Documents(600, seed: 1);

        var model = ConfidenceModelFitter.Fit(scored, words, Labels)!;
        var confidences = scored.Select((d, i) => model.Of(d.Confidence, d.PredictedLabel, words[i])).ToList();
        var accuracy = scored.Count(d => d.PredictedLabel == d.TrueLabel) / (double)scored.Count;

        TestContext.Out.WriteLine($"{model}; accuracy {accuracy:F3}, mean confidence {confidences.Average():F3}");
        Assert.Multiple(() =>
        {
            Assert.That(model.TopLogOdds, Is.GreaterThan(0), "more probable, more often right");
            Assert.That(model.Length, Is.GreaterThan(0), "longer, more often right");
            Assert.That(model.Of(0.9, "a", 4), Is.LessThan(model.Of(0.9, "a", 300)));
            Assert.That(confidences.Average(), Is.EqualTo(accuracy).Within(0.02), "a probability of being right, not just a score");
        });
    }

    [Test]
    public void DocumentsAllRight_GiveNothingToLearn() =>
        Assert.That(ConfidenceModelFitter.Fit([new ScoredDocument("a", "a", 0.9), new ScoredDocument("b", "b", 0.8)], [10, 20], Labels), Is.Null);

    [Test]
    public void ALearnedConfidenceThatDeliversMoreOnHeldOutFolds_IsKept_WithOneThreshold()
    {
        var (outOfFold, truth, words) = OutOfFold(900, seed: 2);

        var outcome = Calibrate(outOfFold, truth, words);

        var choice = outcome.Choice;
        TestContext.Out.WriteLine($"{choice.Kept} ({choice.Why}): global {choice.Global}, per-label {choice.PerLabel}, learned {choice.Learned}");
        Assert.Multiple(() =>
        {
            Assert.That(choice.Kept, Is.EqualTo("learned"));
            Assert.That(outcome.Confidence, Is.Not.Null);
            Assert.That(choice.Learned!.Precision, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(choice.Learned.Automation, Is.GreaterThan(choice.Global.Automation));
            Assert.That(outcome.Thresholds.Values.Distinct().Count(), Is.EqualTo(1));
            Assert.That(outcome.Scored.Select(d => d.Confidence), Is.Not.EqualTo(outOfFold.Select(p => (double)p.Max())), "the card's metrics are of the learned confidence");
        });
    }

    [Test]
    public void WhereLengthTellsNothing_TheProbabilitysThresholdsStay()
    {
        var (outOfFold, truth, words) = OutOfFold(900, seed: 3, shortPenalty: 0);

        var outcome = Calibrate(outOfFold, truth, words);

        TestContext.Out.WriteLine($"{outcome.Choice.Kept} ({outcome.Choice.Why}): global {outcome.Choice.Global}, learned {outcome.Choice.Learned}");
        Assert.That(outcome.Choice.Kept, Is.Not.EqualTo("learned"), "it delivered a point more by chance, less than its margin");
        Assert.That(outcome.Confidence, Is.Null);
    }

    [Test]
    public void TheServedModel_GivesTheCardsLearnedConfidence()
    {
        var set = TopicTexts.Create(labels: 3, perLabel: 30, topicShare: 0.1, wrongLabels: 0, seed: 5);
        var trained = new ModelTrainer(new TrainingOptions { Trainers = ["LbfgsMaximumEntropy(l2=0.1)"], Features = SearchCandidates.Reference, Folds = 3 }).Train("served", set);
        var learned = new ConfidenceModel(-1, 0.5, 0.25, new Dictionary<string, double> { ["topic-1"] = -2 });
        var classifier = (trained with { Card = trained.Card with { Confidence = learned } }).ToClassifier();
        var text = set.Examples[40].Text;

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "learned.zip");
        (trained with { Card = trained.Card with { Confidence = learned } }).Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);

        var plain = trained.ToClassifier().Classify(text);
        var result = classifier.Classify(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Label, Is.EqualTo(plain.Label));
            Assert.That(result.Confidence, Is.EqualTo(learned.Of(plain.Confidence, plain.Label, ConfidenceModel.Words(ClassifierText.Prepare(text)))).Within(1e-9));
            Assert.That(result.Confidence, Is.Not.EqualTo(plain.Confidence).Within(1e-3));
            Assert.That(loaded.Card.SchemaVersion, Is.EqualTo(4));
            Assert.That(loaded.Classify(text).Confidence, Is.EqualTo(result.Confidence).Within(1e-9), "the card's learned confidence survives saving and loading");
        });
    }

    private static CalibrationOutcome Calibrate(float[][] outOfFold, int[] truth, int[] words)
    {
        var fold = truth.Select((_, i) => i % 5).ToArray();
        var search = new ModelSearch(new MLContext(0), 0, [.. truth.Select(_ => "text")], truth, [.. truth.Select(_ => 1f)], Labels, fold, 5, null);
        return HeldOutCalibration.Fit(search, outOfFold, truth, fold, 5, Labels, words, 0.95);
    }

    // Probabilities of three labels whose top is uniform in 0.5-1; a long text (200 words) is right with its probability
    // and a tenth more, a short one (5 words) with its probability less the penalty.
    private static (float[][] OutOfFold, int[] Truth, int[] Words) OutOfFold(int count, int seed, double shortPenalty = 0.35)
    {
        var random = new Random(seed);
        var outOfFold = new float[count][];
        var truth = new int[count];
        var words = new int[count];
        for (var d = 0; d < count; d++)
        {
            var top = 0.5 + (random.NextDouble() * 0.5);
            var predicted = random.Next(3);
            words[d] = random.NextDouble() < 0.4 ? 5 : 200;
            var right = random.NextDouble() < top + (words[d] == 5 ? -shortPenalty : 0.1);
            truth[d] = right ? predicted : (predicted + 1 + random.Next(2)) % 3;
            outOfFold[d] = [.. Enumerable.Range(0, 3).Select(l => (float)(l == predicted ? top : (1 - top) / 2))];
        }

        return (outOfFold, truth, words);
    }

    private static (List<ScoredDocument> Scored, int[] Words) Documents(int count, int seed)
    {
        var (outOfFold, truth, words) = OutOfFold(count, seed);
        var scored = outOfFold.Select((p, d) =>
        {
            var predicted = Array.IndexOf(p, p.Max());
            return new ScoredDocument(Labels[truth[d]], Labels[predicted], p[predicted]);
        }).ToList();
        return (scored, words);
    }
}
