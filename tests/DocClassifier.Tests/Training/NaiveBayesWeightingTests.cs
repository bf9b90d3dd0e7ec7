using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;
using Microsoft.ML.Data;

namespace DocClassifier.Tests.Training;

/// <summary>Naive Bayes term weights: computed as the log-count ratio says, folded into the features, and served from the zip.</summary>
[TestFixture]
[Category("Training")]
public class NaiveBayesWeightingTests
{
    [Test]
    public void EachTermWeighs_TheLargestSizeOfItsSmoothedLogCountRatio()
    {
        // Label 0 (weight 2) uses terms 0 and 2, label 1 uses terms 1 and 2. With smoothing 1 over 3 terms:
        // label 0 holds 2+3=7 of the mass 12, the rest 5; term 0: ln((1+2)/7) - ln((1+0)/5) = ln(15/7), and so on.
        var documents = new List<(VBuffer<float>, int, float)>
        {
            (new VBuffer<float>(3, 2, [1f, 1f], [0, 2]), 0, 2f),
            (new VBuffer<float>(3, 2, [1f, 1f], [1, 2]), 1, 1f),
        };

        var weights = NaiveBayesWeights.Compute(documents, dimension: 3, labelCount: 2);

        Assert.That(weights, Is.EqualTo(new[] { Math.Log(15.0 / 7), Math.Log(14.0 / 5), Math.Log(15.0 / 14) }).AsCollection.Within(1e-5));
    }

    [Test]
    public void ATermEveryLabelUsesAlike_WeighsNothing_AndTheServedVectorizerWeighsAsTraining()
    {
        string[] texts = ["alpha shared", "alpha shared", "beta shared", "beta shared"];
        var options = new TextFeatureOptions([new NgramBlock(NgramKind.Word, 1, 1)], SublinearTf: true, Idf: true, MinDocumentFrequency: 1, NbWeighting: true);
        var counts = new NgramCounts(options.Blocks[0], texts);
        var features = new FoldFeatures([counts], options, [0, 1, 2, 3], truth: [0, 0, 1, 1]);
        using var stream = new MemoryStream();
        features.ToVectorizer().Write(stream);
        stream.Position = 0;
        var served = TfidfVectorizer.Read(stream);

        var trained = features.Vector(0);
        var shared = Enumerable.Range(0, counts.TermCount).Single(t => counts.Term(t) == "shared");
        Assert.Multiple(() =>
        {
            Assert.That(trained.GetItemOrDefault(shared), Is.Zero.Within(1e-6));
            Assert.That(trained.GetValues().ToArray().Max(), Is.EqualTo(1f).Within(1e-6));
            Assert.That(served.Options, Is.EqualTo(options));
            Assert.That(served.Options.NbWeighting, Is.True);
            Assert.That(served.Transform(texts[0]).DenseValues(), Is.EqualTo(trained.DenseValues()).AsCollection.Within(1e-6));
        });
    }

    [Test]
    public void AModelWithNaiveBayesWeights_PredictsTheSameAfterSavingAndLoading()
    {
        using var folder = new TempFolder();
        var set = TopicTexts.Create(labels: 3, perLabel: 20, topicShare: 0.15, wrongLabels: 0, seed: 21);
        var features = SearchCandidates.Reference with { NbWeighting = true };
        var model = new ModelTrainer(new TrainingOptions { Trainers = ["LbfgsMaximumEntropy(l2=0.1)"], Features = features, Folds = 3 }).Train("nb", set);
        var path = Path.Combine(folder.Path, "nb.zip");
        model.Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);
        var text = ClassifierText.Prepare(set.Examples[0].Text);

        Assert.That(loaded.Card.Features, Is.EqualTo(features));
        Assert.That(loaded.Predict(text), Is.EqualTo(model.ToClassifier().Predict(text)).Within(1e-5));
    }
}
