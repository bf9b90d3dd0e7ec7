using DocClassifier.Evaluation;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Evaluation;

/// <summary>Leave-one-template-out on a small generated corpus: whole templates are held out, never single documents.</summary>
[TestFixture]
[Category("Training")]
[Parallelizable(ParallelScope.Self)]
public class TemplateHoldOutTests
{
    private static readonly string[] Labels = [SampleLabels.DeedTaxDeclaration, SampleLabels.StampTax, SampleLabels.OutOfScope];

    [Test]
    public void EachFold_HoldsOutOneTemplateOfEveryLabel_AndNeverTrainsOnIt()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        CorpusGenerator.GenerateText(corpus, perClass: 14, seed: 21, new CorpusOptions { OutOfScope = true, OcrNoise = true });
        var templates = TemplateHoldOut.ReadTemplates(corpus);
        var loaded = new TrainingSetLoader(() => throw new InvalidOperationException("text only"), new TextCache(Path.Combine(folder.Path, "cache"))).Load(corpus);
        var set = loaded with { Examples = [.. loaded.Examples.Where(e => Labels.Contains(e.Label))] };

        var result = TemplateHoldOut.Evaluate(set, templates, new TrainingOptions { Trainers = ["SdcaMaximumEntropy"], Folds = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(result.Folds, Has.Count.EqualTo(14), "as many folds as out of scope has templates (fourteen; a tax class has nine)");
            Assert.That(result.Folds.Take(9).Select(f => f.HeldOut.Count), Is.All.EqualTo(Labels.Length), "one template of each label in each of the first nine folds");
            Assert.That(result.Folds.Skip(9).Select(f => f.HeldOut.Count), Is.All.EqualTo(1), "then only out of scope's");
            Assert.That(result.Folds.SelectMany(f => f.HeldOut), Is.Unique, "every template is held out once");
            Assert.That(result.Folds.Select(f => f.TrainedOn + f.Score.Documents), Is.All.EqualTo(set.Examples.Count), "a fold trains on exactly what it does not test");
            Assert.That(result.Pooled.Documents, Is.EqualTo(set.Examples.Count), "every document is tested once");
            Assert.That(result.Pooled.Accuracy, Is.GreaterThan(0.5), "better than chance (one in three) on templates it never saw");
            Assert.That(result.Pooled.OutOfScopeDocuments, Is.EqualTo(14));
        });
    }

    [Test]
    public void AFolderWithoutTemplates_IsAClearError()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "labels.csv"), "file,label\na.txt,stamp-tax\n");

        var error = Assert.Throws<TrainingDataException>(() => TemplateHoldOut.ReadTemplates(folder.Path));

        Assert.That(error!.Message, Does.Contain("'layout' column"));
    }
}
