using DocClassifier.Extraction;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

/// <summary>Training data that cannot make a model is refused with a message that says what to fix.</summary>
[TestFixture]
public class TrainingDataErrorTests
{
    [Test]
    public void EmptyFolder_IsRefused()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<TrainingDataException>(() => Loader(folder).Load(folder.Path));

        Assert.That(error!.Message, Does.Contain("No documents found"));
    }

    [Test]
    public void OneLabelOnly_IsRefused()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "stamp-tax"));
        for (var i = 0; i < 6; i++)
        {
            folder.Write($"stamp-tax/{i}.txt", System.Text.Encoding.UTF8.GetBytes($"印花稅 第{i}件"));
        }

        var set = Loader(folder).Load(folder.Path);
        var error = Assert.Throws<TrainingDataException>(() => new ModelTrainer(new TrainingOptions()).Train("m", set));

        Assert.That(error!.Message, Does.Contain("at least two labels").And.Contain("stamp-tax"));
    }

    [Test]
    public void LabelWithTooFewDocuments_IsNamed()
    {
        var examples = Enumerable.Range(0, 6).Select(i => new LabeledText($"a{i}", "房屋稅", "house-tax-relief", $"h{i}"))
            .Append(new LabeledText("b", "印花稅", "stamp-tax", "x"))
            .ToList();

        var error = Assert.Throws<TrainingDataException>(() => new ModelTrainer(new TrainingOptions()).Train("m", new TrainingSet(examples, [], "test")));

        Assert.That(error!.Message, Does.Contain("stamp-tax (1)"));
    }

    [Test]
    public void UnreadableFiles_AreSkippedWithTheirReason_AndTheRestIsRead()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "stamp-tax"));
        folder.Write("stamp-tax/good.txt", System.Text.Encoding.UTF8.GetBytes("印花稅總繳申請"));
        folder.Write("stamp-tax/empty.pdf", []);

        var set = Loader(folder).Load(folder.Path);

        Assert.That(set.Examples.Select(e => e.Label), Is.EqualTo(new[] { "stamp-tax" }));
        Assert.That(set.Skipped, Has.One.Contains("empty.pdf").And.Contain("EmptyFile"));
    }

    [Test]
    public void CsvWithoutTextAndLabelColumns_IsRefused()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("data.csv", System.Text.Encoding.UTF8.GetBytes("content,category\nx,y\n"));

        var error = Assert.Throws<TrainingDataException>(() => Loader(folder).Load(csv));

        Assert.That(error!.Message, Does.Contain("text and label"));
    }

    private static TrainingSetLoader Loader(TempFolder folder) =>
        new(() => Extractions.Default.Extractor, new TextCache(Path.Combine(folder.Path, ".cache")));
}
