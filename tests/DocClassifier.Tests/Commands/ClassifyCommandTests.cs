using System.CommandLine;
using System.Text.Json;
using DocClassifier.Classification;
using DocClassifier.Host.Commands;
using DocClassifier.Host.Service;
using DocClassifier.Fields;
using DocClassifier.Routing;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Commands;

/// <summary><c>classify --json</c> with the shipped model: the service's dry run.</summary>
[TestFixture]
public class ClassifyCommandTests
{
    private static readonly string ShippedModel = Path.Combine(AppContext.BaseDirectory, "models", ModelLocator.DefaultFileName);

    [Test]
    public void ClassifyJson_CarriesTheSameFieldsAsTheResultJson()
    {
        using var folder = new TempFolder();
        var text = CorpusGenerator.Compose(SampleLabels.TaxRefundRequest, 3, seed: 8).Text;
        var file = folder.Write("refund.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var expected = JsonSerializer.SerializeToElement(FieldJson.Group(FieldExtractors.ExtractAll([text])), JsonFiles.Options);

        var code = Run(["classify", "--model", ShippedModel, "--json", file], out var output, out var error);

        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(output);
        var row = json.RootElement[0];
        Assert.Multiple(() =>
        {
            Assert.That(row.GetProperty("result").GetProperty("label").GetString(), Is.EqualTo(SampleLabels.TaxRefundRequest));
            Assert.That(expected.EnumerateObject().Count(), Is.GreaterThan(1), "the text has fields to find");
            Assert.That(JsonElement.DeepEquals(row.GetProperty("fields"), expected), Is.True, row.GetProperty("fields").GetRawText());
        });
    }

    [Test]
    public void AnEnglishLetter_WithTheShippedModel_GoesToReviewAsOutOfScope()
    {
        using var folder = new TempFolder();
        var file = folder.Write("letter.txt", System.Text.Encoding.UTF8.GetBytes("""
            Blue Harbor Consulting
            12 Park Lane, London
            Dear Ms. Chen,
            Thank you for your order of last week. We regret to inform you that the goods will arrive two weeks late.
            We apologise for any inconvenience this may cause and look forward to our continued partnership.
            Yours sincerely,
            Robert Martin, Director
            """));

        var code = Run(["classify", "--model", ShippedModel, "--json", file], out var output, out var error);

        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(output);
        var result = json.RootElement[0].GetProperty("result");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("label").GetString(), Is.EqualTo(OutOfScope.Label));
            Assert.That(result.GetProperty("decision").GetString(), Is.EqualTo("review").IgnoreCase);
            Assert.That(result.GetProperty("reason").GetString(), Is.EqualTo(OutOfScope.Reason));
        });
    }

    private static int Run(string[] args, out string output, out string error)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = CommandLine.Create().Parse(args).Invoke(new InvocationConfiguration { Output = o, Error = e });
        (output, error) = (o.ToString(), e.ToString());
        return code;
    }
}
