using System.CommandLine;
using System.Text.Json;
using DocClassifier.Host.Commands;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Commands;

[TestFixture]
[Category("Training")]
[Parallelizable(ParallelScope.Self)]
public class TrainEvaluateCommandTests
{
    [Test]
    public void TrainThenEvaluate_WritesModelCardJsonMetricsAndAnHtmlReport()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        CorpusGenerator.GenerateText(data, perClass: 8, seed: 3);
        var modelPath = Path.Combine(folder.Path, "m.zip");
        var reportPath = Path.Combine(folder.Path, "report.html");

        var trained = Run(["train", "--data", data, "--out", modelPath, "--cache", Path.Combine(folder.Path, "cache")], out var trainOutput, out _);
        var evaluated = Run(["evaluate", "--model", modelPath, "--data", data, "--json", "--report", reportPath], out var evaluateOutput, out _);

        Assert.That(trained, Is.Zero, trainOutput);
        Assert.That(evaluated, Is.Zero);
        Assert.That(File.Exists(Path.Combine(folder.Path, "m.card.json")), Is.True);
        using var metrics = JsonDocument.Parse(evaluateOutput);
        Assert.That(metrics.RootElement.GetProperty("documents").GetInt32(), Is.EqualTo(12 * 8));
        Assert.That(metrics.RootElement.GetProperty("accuracy").GetDouble(), Is.InRange(0.0, 1.0));
        var html = File.ReadAllText(reportPath);
        Assert.That(html, Does.Contain("Confusion matrix").And.Contain("<svg").And.Contain("house-tax-relief"));
    }

    [Test]
    public void TrainWithNoTimeBudget_RecordsWhatTheSearchDidNotTry_AndANegativeBudgetIsRefused()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        CorpusGenerator.GenerateText(data, perClass: 6, seed: 4);
        var modelPath = Path.Combine(folder.Path, "m.zip");

        var trained = Run(["train", "--data", data, "--out", modelPath, "--cache", Path.Combine(folder.Path, "cache"), "--time-budget", "0"], out var output, out _);
        var refused = Run(["train", "--data", data, "--out", modelPath, "--time-budget", "-1"], out _, out var error);

        Assert.That(trained, Is.Zero, output);
        using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "m.card.json")));
        Assert.Multiple(() =>
        {
            Assert.That(card.RootElement.GetProperty("search").GetProperty("skipped").GetArrayLength(), Is.GreaterThan(0), output);
            Assert.That(refused, Is.Not.Zero);
            Assert.That(error, Does.Contain("--time-budget"));
        });
    }

    [Test]
    public void TrainOnAnEmptyFolder_FailsWithAClearMessage()
    {
        using var folder = new TempFolder();

        var code = Run(["train", "--data", folder.Path, "--out", Path.Combine(folder.Path, "m.zip")], out _, out var error);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("No documents found"));
    }

    private static int Run(string[] args, out string output, out string error)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = CommandLine.Create().Parse(args).Invoke(new InvocationConfiguration { Output = o, Error = e });
        (output, error) = (o.ToString(), e.ToString());
        return code;
    }
}
