using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Learning;

/// <summary>
/// A bureau's first reviewed examples are few beside the base data: they must weigh enough to move the model, and a
/// challenger must be judged on the whole stream (spot-checked deliveries beside held-out reviewed examples), so one
/// that learns the hard documents by losing the easy ones is not promoted.
/// </summary>
[TestFixture]
[Category("Training")]
[Parallelizable(ParallelScope.Self)]
public sealed class WeightedLearningTests
{
    // Fixed recipe: these tests are about the data's weights, not the search.
    private static readonly TrainingOptions Fixed = new()
    {
        Trainers = ["SdcaMaximumEntropy(l2=0.001)"],
        Features = SearchCandidates.Reference,
        Folds = 3,
    };

    private TempFolder folder = null!;
    private TrainingSet baseSet = null!;
    private TrainedModel champion = null!;

    [OneTimeSetUp]
    public void TrainTheChampionOnTheBaseCorpus()
    {
        folder = new TempFolder();
        baseSet = GeneratedTexts.Corpus(folder.Path, perClass: 30, seed: 1); // about three documents a layout, as 21 were with seven layouts
        champion = new ModelTrainer(Fixed).Train("tax-test", baseSet);
    }

    [OneTimeTearDown]
    public void Delete() => folder.Dispose();

    [Test]
    public void FewReviewedExamplesThatWeighMore_MoveAPredictionThatUnweightedOnesDoNot()
    {
        var fresh = Enumerable.Range(100, 20).Select(ReviewerTexts.ForwardedStampTax).ToList();
        var unweighted = Train(weight: 1);
        var weighted = Train(weight: 40);

        TestContext.Out.WriteLine($"forwarded payments called stamp-tax: unweighted {Share(unweighted, fresh)}, weighted {Share(weighted, fresh)}");
        Assert.Multiple(() =>
        {
            Assert.That(Share(unweighted, fresh), Is.LessThanOrEqualTo(0.35), "three examples among 360 documents barely count");
            Assert.That(Share(weighted, fresh), Is.GreaterThanOrEqualTo(0.85), "the same three, weighing 40 documents each, move the model");
            Assert.That(Share(weighted, Enumerable.Range(0, 20).Select(ReviewerTexts.OfficialLetter).ToList(), SampleLabels.OfficialLetter), Is.GreaterThanOrEqualTo(0.9), "plain letters stay letters");
        });
    }

    [Test]
    public void TheRetrainer_TrainsReviewedExamplesWithTheConfiguredWeight()
    {
        var (registry, examples) = NewRegistry("weights");
        for (var i = 0; i < 50; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.Ordinary(SampleLabels.StampTax, 500 + i));
        }

        TrainingSet? trained = null;
        var retrainer = new Retrainer(registry, examples, () => baseSet, new LearningOptions { ReviewedExampleWeight = 7 })
        {
            Train = (set, _, _) =>
            {
                trained = set;
                return champion with { Card = champion.Card with { CreatedAt = champion.Card.CreatedAt.AddMinutes(1) } };
            },
        };

        var result = retrainer.Run("nightly");

        Assert.That(trained, Is.Not.Null, result.Message);
        var reviewed = trained!.Examples.Where(e => e.Source.StartsWith(examples, StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reviewed, Has.Count.EqualTo(result.Comparison!.ReviewedExamplesTrained).And.Count.GreaterThan(0));
            Assert.That(reviewed.Select(e => e.Weight), Is.All.EqualTo(7));
            Assert.That(trained.Examples.Except(reviewed).Select(e => e.Weight), Is.All.EqualTo(1), "base documents weigh 1");
            Assert.That(result.Comparison!.ReviewedExampleWeight, Is.EqualTo(7), "the card records the weight");
        });
    }

    [Test]
    public void SpotChecks_AreSplitByIdLikeReviewedExamples_CorrectionsTrainingAsReviewedOnes()
    {
        var (registry, examples) = NewRegistry("corrected-spot-checks");
        for (var i = 0; i < 50; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.Ordinary(SampleLabels.StampTax, 800 + i));
        }

        // Twenty deliveries confirmed by spot-checks, and twenty corrected: a correction is delivered as a decision, so it
        // is a reviewed example as well as a spot-checked one (SpotCheckDesk).
        var confirmed = Enumerable.Range(0, 20).Select(i => ReviewerTexts.OfficialLetter(400 + i)).ToList();
        var corrected = Enumerable.Range(0, 20).Select(i => ReviewerTexts.ForwardedStampTax(200 + i)).ToList();
        foreach (var text in confirmed)
        {
            ReviewedExamples.Add(examples, SampleLabels.OfficialLetter, ReviewerTexts.IdOf(text), text, ExampleSource.SpotCheck);
        }

        foreach (var text in corrected)
        {
            ReviewedExamples.Add(examples, SampleLabels.StampTax, ReviewerTexts.IdOf(text), text, ExampleSource.SpotCheck);
            ReviewedExamples.Add(examples, SampleLabels.StampTax, ReviewerTexts.IdOf(text), text);
        }

        TrainingSet? trained = null;
        var result = new Retrainer(registry, examples, () => baseSet, new LearningOptions())
        {
            Train = (set, _, _) =>
            {
                trained = set;
                return champion with { Card = champion.Card with { CreatedAt = champion.Card.CreatedAt.AddMinutes(1) } };
            },
        }.Run("nightly");

        Assert.That(trained, Is.Not.Null, result.Message);
        var weights = trained!.Examples.ToDictionary(e => e.ContentHash, e => e.Weight);
        bool HeldOut(string id) => ReviewedExamples.IsHeldOut(new LabeledText("", "", "", id), 20);
        var correctedIds = corrected.Select(ReviewerTexts.IdOf).ToList();
        var confirmedIds = confirmed.Select(ReviewerTexts.IdOf).ToList();
        var judged = correctedIds.Concat(confirmedIds).Where(HeldOut).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(correctedIds.Count(HeldOut), Is.InRange(1, 19), "the fixed texts hold some corrections out and train on the rest");
            Assert.That(confirmedIds.Count(HeldOut), Is.InRange(1, 19), "and some confirmations");
            Assert.That(correctedIds.Where(id => !HeldOut(id)).Select(id => weights.GetValueOrDefault(id)), Is.All.EqualTo(5), "a correction trains as a reviewed example");
            Assert.That(confirmedIds.Where(id => !HeldOut(id)).Select(id => weights.GetValueOrDefault(id)), Is.All.EqualTo(1), "a confirmation trains as an ordinary document");
            Assert.That(judged.Where(weights.ContainsKey), Is.Empty, "a spot-check held out is never trained on");
            Assert.That(result.Comparison!.SpotCheckedExamples, Is.EqualTo(judged.Count), "the held-out spot-checks judge, corrections and confirmations alike");
        });
    }

    [Test]
    public void AChallengerMadeWithinTheSecondOfAnotherVersion_TakesTheNextFreeVersion()
    {
        var (registry, examples) = NewRegistry("same-second");
        for (var i = 0; i < 50; i++)
        {
            ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.Ordinary(SampleLabels.StampTax, 700 + i));
        }

        // The challenger carries the champion's creation time, as a retraining finished within the same second would.
        var result = new Retrainer(registry, examples, () => baseSet, new LearningOptions()) { Train = (_, _, _) => champion }.Run("nightly");

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.Not.EqualTo(RetrainingOutcome.Failed), result.Message);
            Assert.That(result.Version, Is.Not.EqualTo(champion.Card.Version));
            Assert.That(registry.Card(result.Version!).CreatedAt, Is.EqualTo(champion.Card.CreatedAt.AddSeconds(1)));
        });
    }

    [Test]
    public void AChallengerThatLosesTheDeliveredDocuments_IsRefused_ThoughReviewedExamplesAloneWouldPromoteIt()
    {
        var (blind, blindExamples) = NewRegistry("reviewed-only");
        var (stream, streamExamples) = NewRegistry("stream");
        foreach (var examples in new[] { blindExamples, streamExamples })
        {
            // The champion calls forwarded payments letters: reviewers correct them (hard documents, sent to review).
            for (var i = 0; i < 40; i++)
            {
                ReviewerTexts.Review(examples, SampleLabels.StampTax, ReviewerTexts.ForwardedStampTax(i));
            }
        }

        // Plain letters the champion delivered, confirmed by spot-checks: the easy documents of the stream.
        for (var i = 0; i < 12; i++)
        {
            var text = ReviewerTexts.OfficialLetter(300 + i);
            ReviewedExamples.Add(streamExamples, SampleLabels.OfficialLetter, $"{10_000 + (i * 100):x4}", text, ExampleSource.SpotCheck); // ids held out: they judge
        }

        var live = stream.Live()!.Version;
        var blindResult = Retrainer(blind, blindExamples).Run("nightly");
        var streamResult = Retrainer(stream, streamExamples).Run("nightly");

        var comparison = streamResult.Comparison!;
        TestContext.Out.WriteLine(blindResult.Message);
        TestContext.Out.WriteLine(streamResult.Message);
        Assert.Multiple(() =>
        {
            Assert.That(blindResult.Outcome, Is.EqualTo(RetrainingOutcome.Promoted), "judged on reviewed examples alone, it looks better");
            Assert.That(streamResult.Outcome, Is.EqualTo(RetrainingOutcome.Rejected), streamResult.Message);
            Assert.That(comparison.SpotCheckedExamples, Is.EqualTo(12));
            Assert.That(comparison.DeliveredShare, Is.EqualTo(120.0 / 160).Within(1e-3), "12 spot-checks at 10 % stand for 120 deliveries beside 40 reviews");
            Assert.That(comparison.ChallengerScore.Accuracy, Is.LessThan(comparison.ChampionScore.Accuracy), "it loses the letters, three quarters of the stream");
            Assert.That(stream.Live()!.Version, Is.EqualTo(live), "the champion stays live");
        });
    }

    // Trained on the base corpus plus three corrected forwarded payments of the given weight.
    private TrainedModel Train(double weight)
    {
        var reviewed = Enumerable.Range(0, 3).Select(i => new LabeledText($"reviewed-{i}", ReviewerTexts.ForwardedStampTax(i), SampleLabels.StampTax, $"r{i}", Weight: weight));
        return new ModelTrainer(Fixed).Train("tax-test", new TrainingSet([.. baseSet.Examples, .. reviewed], [], $"base + 3 reviewed of weight {weight}"));
    }

    // A challenger that learned the forwarded payments by calling every letter a stamp-tax payment.
    private Retrainer Retrainer(ModelRegistry registry, string examples) =>
        new(registry, examples, () => baseSet, new LearningOptions())
        {
            Train = (set, card, _) => new ModelTrainer(Fixed).Train(
                card.Name,
                new TrainingSet([.. set.Examples.Select(e => e.Label == SampleLabels.OfficialLetter ? e with { Label = SampleLabels.StampTax } : e)], [], "letters relabelled")),
        };

    private (ModelRegistry Registry, string Examples) NewRegistry(string name)
    {
        var registry = new ModelRegistry(Path.Combine(folder.Path, name, "model-versions"));
        registry.Promote(registry.Add(champion), "system");
        return (registry, Path.Combine(folder.Path, name, "training-examples"));
    }

    private static double Share(TrainedModel model, List<string> texts, string label = SampleLabels.StampTax)
    {
        var classifier = model.ToClassifier();
        return texts.Count(t => classifier.Classify(t).Label == label) / (double)texts.Count;
    }
}
