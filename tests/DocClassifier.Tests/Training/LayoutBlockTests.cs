using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>The layout block: the search keeps it where layout tells labels apart, and a saved model computes it as training did.</summary>
[TestFixture]
[Category("Training")]
public class LayoutBlockTests
{
    private TrainedModel model = null!;

    [OneTimeSetUp]
    public void TrainOnLabelsOnlyLayoutTellsApart() =>
        model = new ModelTrainer(new TrainingOptions { Trainers = [TrainerSpec.Lbfgs], Folds = 3 }).Train("layout", LaidOutTexts.Create(perLabel: 30, seed: 21));

    [Test]
    public void TheSearch_KeepsTheLayoutBlock_WhereOnlyLayoutTellsLabelsApart()
    {
        // The first step naming the layout block is the one that added it.
        var layoutStep = model.Card.Search!.Steps.First(s => s.Stage == "features" && s.Candidate.Contains(" + layout,", StringComparison.Ordinal));
        TestContext.Out.WriteLine(string.Join("\n", model.Card.Search.Steps.Select(s => $"{s.MacroF1:F4} {s.Candidate} ({s.Why})")));

        Assert.That(layoutStep.Kept, Is.True, layoutStep.Why);
        Assert.That(model.Card.Features!.Blocks, Does.Contain(NgramBlock.Layout));
        Assert.That(model.Card.CrossValidation.MacroF1, Is.GreaterThan(0.9));
    }

    [Test]
    public void ASavedModel_ReadsTheLayoutOfNewDocuments_AsTrainingDid()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "layout.zip");
        model.Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);
        var unseen = LaidOutTexts.Create(perLabel: 10, seed: 22).Examples;

        var right = unseen.Count(e => loaded.Classify(e.Text).Label == e.Label);

        Assert.That(right, Is.GreaterThanOrEqualTo(18), "words alone are at chance (10 of 20)");
        foreach (var text in unseen.Select(e => ClassifierText.Prepare(e.Text)))
        {
            Assert.That(loaded.Predict(text), Is.EqualTo(model.ToClassifier().Predict(text)).Within(1e-5));
        }
    }
}
