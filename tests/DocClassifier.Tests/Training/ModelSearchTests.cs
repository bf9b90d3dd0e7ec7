using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>The search is real: what it keeps depends on the data, and what it kept is on the card.</summary>
[TestFixture]
[Category("Training")]
public class ModelSearchTests
{
    // Only maximum entropy over its L2 grid, to keep the test quick; features are searched in full.
    private static readonly TrainingOptions Options = new() { Trainers = [TrainerSpec.Lbfgs], Folds = 4 };

    [Test]
    public void TwoDifferentSmallSets_GetDifferentHyperParameters()
    {
        var clean = new ModelTrainer(Options).Train("clean", TopicTexts.Create(labels: 3, perLabel: 40, topicShare: 0.15, wrongLabels: 0, seed: 1));
        var noisy = new ModelTrainer(Options).Train("noisy", TopicTexts.Create(labels: 3, perLabel: 40, topicShare: 0.06, wrongLabels: 0.3, seed: 2));

        TestContext.Out.WriteLine($"clean: {clean.Card.Features}; {clean.Card.Trainer}");
        TestContext.Out.WriteLine($"noisy: {noisy.Card.Features}; {noisy.Card.Trainer}");
        Assert.That((noisy.Card.Features, noisy.Card.Trainer), Is.Not.EqualTo((clean.Card.Features, clean.Card.Trainer)));
    }

    [Test]
    public void TheCard_RecordsEveryCandidateTried_AndWhatWasKept()
    {
        var model = new ModelTrainer(Options).Train("recorded", TopicTexts.Create(labels: 3, perLabel: 30, topicShare: 0.1, wrongLabels: 0.1, seed: 3));
        var search = model.Card.Search!;

        Assert.Multiple(() =>
        {
            Assert.That(search.Folds, Is.EqualTo(4));
            Assert.That(search.Steps.Where(s => s.Stage == "features").Select(s => s.Candidate), Does.Contain(SearchCandidates.Reference.ToString()));
            Assert.That(search.Steps.Count(s => s.Stage == "features") + search.Skipped.Count, Is.EqualTo(SearchCandidates.NgramShapes.Count + SearchCandidates.FirstBlocks.Count + SearchCandidates.ExtraBlocks.Count + 1 + SearchCandidates.MinDocumentFrequencies.Count));
            Assert.That(search.Steps.Where(s => s.Stage == "trainer").Select(s => s.Candidate), Is.EquivalentTo(SearchCandidates.Regularization[TrainerSpec.Lbfgs].Select(r => TrainerSpec.Of(TrainerSpec.Lbfgs, r).ToString())));
            Assert.That(search.Steps.Single(s => s.Stage == "trainer" && s.Kept).Candidate, Is.EqualTo(model.Card.Trainer));
            Assert.That(search.Steps.Where(s => s.Stage == "features" && s.Kept).Select(s => s.Candidate).Last(), Is.EqualTo(model.Card.Features!.ToString()));
            Assert.That(search.Steps.All(s => s.Why.Length > 0), Is.True);
        });
    }

    [Test]
    public void WithNoTimeLeft_NaiveBayesWeightingAndTheFirstBlocksAreStillTried_AndTheOtherFeatureCandidatesAreRecordedAsSkipped()
    {
        var options = new TrainingOptions { Trainers = ["LbfgsMaximumEntropy(l2=0.1)"], Folds = 3, TimeBudget = TimeSpan.Zero };
        var search = new ModelTrainer(options).Train("hurried", TopicTexts.Create(labels: 3, perLabel: 20, topicShare: 0.1, wrongLabels: 0.1, seed: 6)).Card.Search!;
        var features = search.Steps.Where(s => s.Stage == "features").Select(s => s.Candidate).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(features.Take(2), Is.EqualTo(new[] { SearchCandidates.Reference.ToString(), (SearchCandidates.Reference with { NbWeighting = true }).ToString() }));
            Assert.That(features, Has.Count.EqualTo(2 + SearchCandidates.FirstBlocks.Count));
            Assert.That(features.Skip(2).Select((candidate, i) => candidate.Contains($" + {SearchCandidates.FirstBlocks[i]},", StringComparison.Ordinal)), Has.All.True);
            Assert.That(search.Skipped.Count(s => s.StartsWith("features: ", StringComparison.Ordinal)), Is.EqualTo(SearchCandidates.NgramShapes.Count - 1 + SearchCandidates.ExtraBlocks.Count + SearchCandidates.MinDocumentFrequencies.Count));
        });
    }

    [Test]
    public void FoldsFittedSideBySide_GiveTheSameSearchEveryTime()
    {
        // SDCA and the SVM draw random numbers: each fold has its own seeded context, so which fold finishes first changes nothing.
        var options = new TrainingOptions { Trainers = [TrainerSpec.Sdca, TrainerSpec.Svm], Features = SearchCandidates.Reference, Folds = 4 };
        var set = TopicTexts.Create(labels: 3, perLabel: 24, topicShare: 0.08, wrongLabels: 0.1, seed: 5);

        var first = new ModelTrainer(options).Train("first", set).Card;
        var second = new ModelTrainer(options).Train("second", set).Card;

        Assert.That(second.TrainersCompared, Is.EqualTo(first.TrainersCompared));
        Assert.That(second.Calibration!.Exponent, Is.EqualTo(first.Calibration!.Exponent));
    }

    [Test]
    public void SettingsFarBehindAfterTwoFolds_AreDropped_AndTheRestScoreAsWithoutTheRace()
    {
        // A margin of zero drops every setting behind the leader on the first two folds: the race at its harshest.
        var set = TopicTexts.Create(labels: 3, perLabel: 24, topicShare: 0.06, wrongLabels: 0.2, seed: 7);
        var everyFold = new TrainingOptions { Trainers = [TrainerSpec.Lbfgs, TrainerSpec.Svm], Features = SearchCandidates.Reference, Folds = 4, RaceMargin = null };
        var full = new ModelTrainer(everyFold).Train("full", set).Card;
        var raced = new ModelTrainer(new TrainingOptions { Trainers = everyFold.Trainers, Features = everyFold.Features, Folds = 4, RaceMargin = 0 }).Train("raced", set).Card;
        var dropped = raced.Search!.Steps.Where(s => s.Why.StartsWith("dropped after 2 of 4 folds", StringComparison.Ordinal)).Select(s => s.Candidate).ToList();

        TestContext.Out.WriteLine($"full: {string.Join("; ", full.TrainersCompared)}");
        TestContext.Out.WriteLine($"raced: {string.Join("; ", raced.TrainersCompared)}; dropped {string.Join("; ", dropped)}");
        Assert.Multiple(() =>
        {
            Assert.That(full.Search!.Steps.Any(s => s.Why.StartsWith("dropped", StringComparison.Ordinal)), Is.False);
            Assert.That(dropped, Is.Not.Empty);
            Assert.That(raced.Search!.Steps.Where(s => dropped.Contains(s.Candidate)).Select(s => s.Kept), Has.All.False);
            Assert.That(raced.TrainersCompared.Keys, Is.EquivalentTo(full.TrainersCompared.Keys.Except(dropped)));
            foreach (var (spec, f1) in raced.TrainersCompared)
            {
                Assert.That(f1, Is.EqualTo(full.TrainersCompared[spec]), spec);
            }
        });
    }

    [Test]
    public void RetrainingLikeTheChampion_KeepsItsTrainerSettings()
    {
        var model = new ModelTrainer(new TrainingOptions { Trainers = ["LbfgsMaximumEntropy(l2=0.1)"], Features = SearchCandidates.Reference, Folds = 3 })
            .Train("fixed", TopicTexts.Create(labels: 3, perLabel: 20, topicShare: 0.15, wrongLabels: 0, seed: 4));

        Assert.That(model.Card.Trainer, Is.EqualTo("LbfgsMaximumEntropy(l2=0.1)"));
        Assert.That(model.Card.Features, Is.EqualTo(SearchCandidates.Reference));
        Assert.That(model.Card.TrainersCompared.Keys, Is.EqualTo(new[] { "LbfgsMaximumEntropy(l2=0.1)" }));
    }
}
