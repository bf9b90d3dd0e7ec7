using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>The fold models served as one average: each member reads its own fold's vocabulary in its own slots of one vector.</summary>
[TestFixture]
[Category("Training")]
public class FoldAverageServingTests
{
    private TrainingSet fresh = null!;
    private TrainedModel averaged = null!;

    [OneTimeSetUp]
    public void Train()
    {
        var options = new TrainingOptions { Trainers = ["LbfgsMaximumEntropy(l2=0.1)"], Features = SearchCandidates.Reference, Folds = 4, Serving = ServedModel.FoldAverage };
        var all = TopicTexts.Create(labels: 3, perLabel: 48, topicShare: 0.15, wrongLabels: 0, seed: 11);
        averaged = new ModelTrainer(options).Train("averaged", all with { Examples = [.. all.Examples.Where((_, i) => i % 2 == 0)] });
        fresh = all with { Examples = [.. all.Examples.Where((_, i) => i % 2 == 1)] };
    }

    [Test]
    public void TheServedVectorizer_HoldsEveryFoldsBlocks_AndTheCardSaysWhatIsServed()
    {
        Assert.That(averaged.Vectorizer.Options.Blocks, Has.Count.EqualTo(4 * SearchCandidates.Reference.Blocks.Count));
        Assert.That(averaged.Card.Served, Is.EqualTo("the average of the 4 fold models"));
    }

    [Test]
    public void TheAverage_ClassifiesLikeItsFoldModels_AndSurvivesSavingAndLoading()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "averaged.zip");
        averaged.Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);
        var right = fresh.Examples.Count(e => loaded.Classify(e.Text).Label == e.Label);

        // Members reading another fold's slots would score noise: a third right, for three labels.
        Assert.That(right / (double)fresh.Examples.Count, Is.GreaterThan(0.9));
        Assert.That(loaded.Classify(fresh.Examples[0].Text).Confidence, Is.EqualTo(averaged.ToClassifier().Classify(fresh.Examples[0].Text).Confidence).Within(1e-6));
    }
}
