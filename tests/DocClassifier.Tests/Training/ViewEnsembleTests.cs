using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>Models on one n-gram block alone, and averages of them: what they serve, and that the search keeps them only when they win.</summary>
[TestFixture]
[Category("Training")]
public class ViewEnsembleTests
{
    private static readonly NgramBlock Words = new(NgramKind.Word, 1, 2);

    [Test]
    public void AModelOnTheWordBlock_ServesAsAModelTrainedOnWordsAlone()
    {
        // The character block is in the vector it is served, but it was trained with that block empty: its weights there are zero.
        var set = TopicTexts.Create(labels: 3, perLabel: 30, topicShare: 0.1, wrongLabels: 0.05, seed: 11);
        var onView = Train(set, $"LbfgsMaximumEntropy(l2=0.1) on {Words}", SearchCandidates.Reference);
        var wordsOnly = Train(set, "LbfgsMaximumEntropy(l2=0.1)", SearchCandidates.Reference with { Blocks = [Words] });
        var unseen = TopicTexts.Create(labels: 3, perLabel: 5, topicShare: 0.1, wrongLabels: 0, seed: 12).Examples.Select(e => ClassifierText.Prepare(e.Text)).ToList();

        Assert.That(onView.Card.Trainer, Is.EqualTo($"LbfgsMaximumEntropy(l2=0.1) on {Words}"));
        foreach (var text in unseen)
        {
            Assert.That(onView.ToClassifier().Predict(text), Is.EqualTo(wordsOnly.ToClassifier().Predict(text)).Within(0.01));
        }
    }

    [Test]
    public void AViewEnsemble_SurvivesSavingAndLoading()
    {
        using var folder = new TempFolder();
        var set = TopicTexts.Create(labels: 3, perLabel: 20, topicShare: 0.15, wrongLabels: 0, seed: 13);
        var model = Train(set, $"Ensemble(LbfgsMaximumEntropy(l2=0.1) on {Words} + LinearSvm(lambda=0.0001) on char-wb 2-4)", SearchCandidates.Reference);
        var path = Path.Combine(folder.Path, "views.zip");
        model.Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);
        var text = ClassifierText.Prepare(set.Examples[0].Text);

        Assert.That(loaded.Predict(text), Is.EqualTo(model.ToClassifier().Predict(text)).Within(1e-5));
        Assert.That(loaded.Card.Trainer, Does.Contain(" on word 1-2"));
    }

    // Clean topic words: one model on both blocks wins. Letters damaged as by bad OCR: the word model and the character
    // model err on different documents, and their average wins (measured: 0.335 against 0.316 for the best single model).
    [TestCase(0.0, 14, false)]
    [TestCase(0.35, 15, true)]
    public void TheSearch_ComparesOneBlockModelsAndTheirAverages_AndKeepsThemOnlyWhereTheyWin(double corruption, int seed, bool viewsWin)
    {
        var set = Corrupted(TopicTexts.Create(labels: 3, perLabel: 40, topicShare: 0.08, wrongLabels: 0.1, seed: seed), corruption, seed);
        var model = new ModelTrainer(new TrainingOptions { Trainers = [TrainerSpec.Lbfgs, TrainerSpec.Ensemble], Features = SearchCandidates.Reference, Folds = 4 }).Train("views", set);
        var compared = model.Card.TrainersCompared;
        TestContext.Out.WriteLine(string.Join("\n", compared.Select(c => $"{c.Value:F4} {c.Key}")));
        TestContext.Out.WriteLine($"kept: {model.Card.Trainer}");

        Assert.That(compared.Keys, Has.Some.EndsWith($" on {Words}"));
        Assert.That(compared.Keys, Has.Some.Matches(@"^Ensemble\(.* on word 1-2 \+ .* on char-wb 2-4\)$"));
        Assert.That(compared[model.Card.Trainer], Is.GreaterThanOrEqualTo(compared.Values.Max() - ModelSearch.MinGain));
        Assert.That(model.Card.Search!.Steps.Single(s => s.Kept && s.Stage == "trainer").Candidate, Is.EqualTo(model.Card.Trainer));
        Assert.That(TrainerSpec.Parse(model.Card.Trainer)!.Parts.Any(p => p.View is not null), Is.EqualTo(viewsWin), model.Card.Trainer);
    }

    private static TrainedModel Train(TrainingSet set, string trainer, TextFeatureOptions features) =>
        new ModelTrainer(new TrainingOptions { Trainers = [trainer], Features = features, Folds = 3 }).Train("view", set);

    // OCR-like damage: each letter replaced by another at random with this probability.
    private static TrainingSet Corrupted(TrainingSet set, double rate, int seed)
    {
        var random = new Random(seed);
        var examples = set.Examples.Select(e => e with
        {
            Text = new string(e.Text.Select(c => char.IsLetter(c) && random.NextDouble() < rate ? (char)('a' + random.Next(26)) : c).ToArray()),
        }).ToList();
        return new TrainingSet(examples, [], set.Source);
    }
}
