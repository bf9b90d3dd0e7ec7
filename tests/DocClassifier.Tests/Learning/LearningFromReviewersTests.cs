using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Learning;

/// <summary>
/// Simulated reviewers correct a kind of document the model confuses; retraining must learn it, raise
/// automation and be promoted, while a challenger made worse on purpose must not be.
/// </summary>
[TestFixture]
[Category("Training")]
[Parallelizable(ParallelScope.Self)]
public sealed class LearningFromReviewersTests
{
    private static readonly string[] Sdca = ["SdcaMaximumEntropy"];

    private TempFolder folder = null!;
    private TrainingSet baseSet = null!;
    private TrainedModel champion = null!;

    [OneTimeSetUp]
    public void TrainTheChampionOnTheBaseCorpus()
    {
        folder = new TempFolder();
        baseSet = GeneratedTexts.Corpus(folder.Path, perClass: 28, seed: 1); // four a layout of the seven
        var trained = new ModelTrainer(new TrainingOptions { Trainers = Sdca }).Train("tax-test", baseSet);
        champion = trained with { Card = trained.Card with { LabelNames = new Dictionary<string, string> { [SampleLabels.StampTax] = "印花稅" } } };
    }

    [OneTimeTearDown]
    public void Delete() => folder.Dispose();

    [Test]
    public void CorrectionsOfAConfusedKind_AreLearned_AutomationRises_AndTheChallengerIsPromoted()
    {
        var (registry, examples) = NewRegistry("promoted");
        registry.AddLabel(ReviewerTexts.NewLabel, "營業稅通知", "admin", champion.Card.Labels.ToList());
        registry.AddLabel("dog-licence", "犬隻登記", "admin", champion.Card.Labels.ToList());
        for (var i = 0; i < 40; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.ForwardedStampTax(i));
            ReviewerTexts.Review(examples, SampleLabels.OfficialLetter, ReviewerTexts.OfficialLetter(100 + i));
        }

        for (var i = 0; i < 24; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.All[i % SampleLabels.All.Count], ReviewerTexts.Ordinary(SampleLabels.All[i % SampleLabels.All.Count], i));
            ReviewerTexts.Review(examples, ReviewerTexts.NewLabel, ReviewerTexts.BusinessTaxNotice(i));
        }

        ReviewerTexts.Review(examples, "dog-licence", "犬隻登記 晶片號碼 900123 飼主 王小明 犬名 小黑 登記字號 A-1");
        var fresh = Enumerable.Range(100, 30).Select(ReviewerTexts.ForwardedStampTax).ToList();
        var before = registry.Load(registry.Live()!.Version);

        var result = Retrainer(registry, examples).Run("nightly");

        var after = registry.Load(registry.Live()!.Version);
        var comparison = result.Comparison!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(RetrainingOutcome.Promoted), result.Message);
            Assert.That(after.Card.Version, Is.EqualTo(result.Version).And.Not.EqualTo(before.Card.Version), "the challenger is live");
            Assert.That(registry.Live()!.Previous, Is.EqualTo(new[] { before.Card.Version }));
            Assert.That(comparison.ChallengerScore.MacroF1, Is.GreaterThan(comparison.ChampionScore.MacroF1));
            Assert.That(comparison.HeldOutExamples, Is.GreaterThanOrEqualTo(5));
            Assert.That(after.Card.Comparison, Is.EqualTo(comparison), "the card records the comparison");
            Assert.That(after.Card.LabelNames, Is.EqualTo(before.Card.LabelNames).And.Not.Null, "the label names carry over");
            Assert.That(Share(before, fresh, SampleLabels.StampTax), Is.LessThan(0.1), "the base model confused them");
            Assert.That(Share(after, fresh, SampleLabels.StampTax), Is.GreaterThanOrEqualTo(0.9), "the retrained model gets them right");
            Assert.That(Automated(after, fresh, SampleLabels.StampTax), Is.GreaterThan(Automated(before, fresh, SampleLabels.StampTax)), "more are delivered without review");
            Assert.That(AutomationAtTarget(after, fresh), Is.GreaterThan(AutomationAtTarget(before, fresh) + 0.5), "and many more could be at 98 % precision");
            Assert.That(Share(after, Enumerable.Range(0, 20).Select(ReviewerTexts.OfficialLetter).ToList(), SampleLabels.OfficialLetter), Is.GreaterThanOrEqualTo(0.9), "plain letters stay letters");
            Assert.That(after.Card.Labels, Does.Contain(ReviewerTexts.NewLabel), "an added label with enough examples joins");
            Assert.That(after.Card.Labels, Does.Not.Contain("dog-licence"), "one with a single example waits");
            Assert.That(Share(after, Enumerable.Range(200, 10).Select(ReviewerTexts.BusinessTaxNotice).ToList(), ReviewerTexts.NewLabel), Is.GreaterThanOrEqualTo(0.9));
            Assert.That(registry.LastRun()!.Outcome, Is.EqualTo(RetrainingOutcome.Promoted));
        });

        var again = Retrainer(registry, examples).Run("nightly");
        Assert.That(again.Outcome, Is.EqualTo(RetrainingOutcome.Skipped), "nothing new since: no second training");
    }

    [Test]
    public void AChallengerMadeWorseOnPurpose_IsKeptButNotPromoted()
    {
        var (registry, examples) = NewRegistry("rejected");

        // Enough that the content-hash split holds out at least MinHeldOut of them (7 of these 40).
        for (var i = 0; i < 40; i++)
        {
            var label = SampleLabels.All[i % SampleLabels.All.Count];
            ReviewerTexts.Review(examples, label, ReviewerTexts.Ordinary(label, 300 + i));
        }

        var live = registry.Live()!.Version;

        // Trained on the base corpus with every label moved to the next one.
        var result = Retrainer(registry, examples, (set, card, _) =>
        {
            var labels = card.Labels.ToList();
            var wrong = set.Examples.Select(e => e with { Label = labels[(labels.IndexOf(e.Label) + 1 + labels.Count) % labels.Count] }).ToList();
            return new ModelTrainer(new TrainingOptions { Trainers = Sdca }).Train(card.Name, new TrainingSet(wrong, [], "sabotaged"));
        }).Run("nightly");

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(RetrainingOutcome.Rejected), result.Message);
            Assert.That(registry.Live()!.Version, Is.EqualTo(live), "the champion stays live");
            Assert.That(registry.Versions().Select(v => v.Version), Does.Contain(result.Version), "the challenger is kept for inspection");
            Assert.That(registry.Card(result.Version!).Comparison!.Promoted, Is.False);
            Assert.That(result.Message, Does.Contain("macro-F1"));
        });
    }

    [Test]
    public void WithTooFewReviewedExamples_NothingIsTrained()
    {
        var (registry, examples) = NewRegistry("skipped");
        var empty = Retrainer(registry, examples).Run("nightly");
        ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.Ordinary(SampleLabels.StampTax, 1));
        ReviewerTexts.Review(examples, "other", "none of the labels");
        var few = Retrainer(registry, examples).Run("nightly");

        Assert.Multiple(() =>
        {
            Assert.That(empty.Outcome, Is.EqualTo(RetrainingOutcome.Skipped));
            Assert.That(empty.Message, Does.Contain("no reviewed examples"));
            Assert.That(few.Outcome, Is.EqualTo(RetrainingOutcome.Skipped));
            Assert.That(few.Message, Does.Contain("held out"));
            Assert.That(registry.Versions(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void ASecondRetrainingWhileOneRuns_DoesNothing()
    {
        var (registry, examples) = NewRegistry("concurrent");
        using var running = registry.TryLockRetraining();

        var second = Retrainer(registry, examples).Run("admin");

        Assert.That(running, Is.Not.Null);
        Assert.That(second.Outcome, Is.EqualTo(RetrainingOutcome.Skipped));
        Assert.That(second.Message, Does.Contain("Another retraining is running"));
    }

    [Test]
    public void ARetrainingThatFails_IsRecordedAsFailed_AndTheLiveModelStays()
    {
        var (registry, examples) = NewRegistry("failing");
        var live = registry.Live()!.Version;
        for (var i = 0; i < 30; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.Ordinary(SampleLabels.StampTax, 400 + i));
        }

        var failing = new Retrainer(registry, examples, () => throw new TrainingDataException("The base data folder is empty."), new LearningOptions());

        Assert.That(() => failing.Run("nightly"), Throws.TypeOf<TrainingDataException>());
        Assert.That(registry.LastRun()!.Outcome, Is.EqualTo(RetrainingOutcome.Failed));
        Assert.That(registry.LastRun()!.Message, Is.EqualTo("The base data folder is empty."));
        Assert.That(registry.Live()!.Version, Is.EqualTo(live));
    }

    private (ModelRegistry Registry, string Examples) NewRegistry(string name)
    {
        var registry = new ModelRegistry(Path.Combine(folder.Path, name, "model-versions"));
        registry.Promote(registry.Add(champion), "system");
        return (registry, Path.Combine(folder.Path, name, "training-examples"));
    }

    private Retrainer Retrainer(ModelRegistry registry, string examples, Func<TrainingSet, ModelCard, IProgress<string>?, TrainedModel>? train = null) =>
        train is null
            ? new Retrainer(registry, examples, () => baseSet, new LearningOptions())
            : new Retrainer(registry, examples, () => baseSet, new LearningOptions()) { Train = train };

    private static double Share(MlNetDocumentClassifier model, List<string> texts, string label) =>
        texts.Count(t => model.Classify(t).Label == label) / (double)texts.Count;

    private static double AutomationAtTarget(MlNetDocumentClassifier model, List<string> variants) =>
        MetricsCalculator.AutomationAtPrecision(
            [.. variants.Select(t => Scored(model, t, SampleLabels.StampTax)), .. Enumerable.Range(300, 30).Select(i => Scored(model, ReviewerTexts.OfficialLetter(i), SampleLabels.OfficialLetter))],
            model.Card.TargetPrecision);

    private static ScoredDocument Scored(MlNetDocumentClassifier model, string text, string label)
    {
        var result = model.Classify(text);
        return new ScoredDocument(label, result.Label, result.Confidence);
    }

    private static double Automated(MlNetDocumentClassifier model, List<string> texts, string label) =>
        texts.Select(t => ModelEvaluator.Route(model, t)).Count(r => r.Scores.Label == label && r.Verdict.Decision == RoutingDecision.Deliver) / (double)texts.Count;
}
