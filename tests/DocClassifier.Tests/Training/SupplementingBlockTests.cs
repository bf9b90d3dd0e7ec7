using DocClassifier.Classification;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>
/// The blocks that supplement the n-grams (layout, edges, shapes, line shapes, edge characters): the search keeps each where only it tells labels apart, and a
/// saved model computes it for new documents as training did.
/// </summary>
[TestFixture("layout")]
[TestFixture("edges")]
[TestFixture("shapes")]
[TestFixture("line-shapes")]
[TestFixture("edge-chars")]
[Category("Training")]
public class SupplementingBlockTests(string blockName)
{
    private TrainedModel model = null!;

    private NgramBlock Block => blockName switch
    {
        "layout" => NgramBlock.Layout,
        "edges" => NgramBlock.Edges,
        "shapes" => NgramBlock.Shapes,
        "line-shapes" => NgramBlock.LineShapes,
        _ => NgramBlock.EdgeCharacters,
    };

    // Layout: a list has a word or two a line, a letter 8 to 14. Edges: a word on a memo's first line ends a notice
    // (a weaker signal among the edges' other words, so twice the texts). Shapes: a memo's lines start with a capital.
    // Line shapes: the same words, cased alike, broken into lines before or after the capitals. Edge characters: the edges'
    // two words, longer and misread each time (twice the texts, as for the edges).
    private TrainingSet Texts(int perLabel, int seed) => blockName switch
    {
        "layout" => LaidOutTexts.Create(perLabel, seed),
        "edges" => PlacedWordTexts.Create(2 * perLabel, seed),
        "shapes" => CasedWordTexts.Create(perLabel, seed),
        "line-shapes" => LineBrokenTexts.Create(perLabel, seed),
        _ => MisreadWordTexts.Create(2 * perLabel, seed),
    };

    [OneTimeSetUp]
    public void TrainOnLabelsOnlyTheBlockTellsApart() =>
        model = new ModelTrainer(new TrainingOptions { Trainers = [TrainerSpec.Lbfgs], Folds = 3 }).Train(blockName, Texts(perLabel: 30, seed: 21));

    [Test]
    public void TheSearch_KeepsTheBlock_WhereOnlyItTellsLabelsApart()
    {
        // The first step naming the block is the one that added it.
        var step = model.Card.Search!.Steps.First(s => s.Stage == "features" && s.Candidate.Contains($" + {Block},", StringComparison.Ordinal));
        TestContext.Out.WriteLine(string.Join("\n", model.Card.Search.Steps.Select(s => $"{s.MacroF1:F4} {s.Candidate} ({s.Why})")));

        Assert.That(step.Kept, Is.True, step.Why);
        Assert.That(model.Card.Features!.Blocks, Does.Contain(Block));
        Assert.That(model.Card.CrossValidation.MacroF1, Is.GreaterThan(0.9));
    }

    [Test]
    public void ASavedModel_ReadsTheBlockOfNewDocuments_AsTrainingDid()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, $"{blockName}.zip");
        model.Save(path);
        var loaded = MlNetDocumentClassifier.Load(path);
        var unseen = Texts(perLabel: 10, seed: 22).Examples;

        var right = unseen.Count(e => loaded.Classify(e.Text).Label == e.Label);

        Assert.That(right, Is.GreaterThanOrEqualTo(unseen.Count * 9 / 10), "words alone are at chance (half)");
        foreach (var text in unseen.Select(e => ClassifierText.Prepare(e.Text)))
        {
            Assert.That(loaded.Predict(text), Is.EqualTo(model.ToClassifier().Predict(text)).Within(1e-5));
        }
    }
}
