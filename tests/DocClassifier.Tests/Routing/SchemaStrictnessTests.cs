using System.Text.Json.Nodes;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Routing;

/// <summary>The schemas refuse what the sinks never write, so a valid file really is one a bot can rely on.</summary>
[TestFixture]
public class SchemaStrictnessTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase("schemaVersion")]
    [TestCase("id")]
    [TestCase("documentFile")]
    [TestCase("originalFileName")]
    [TestCase("sourceFolder")]
    [TestCase("receivedAt")]
    [TestCase("label")]
    [TestCase("confidence")]
    [TestCase("top")]
    [TestCase("decidedBy")]
    [TestCase("decidedAt")]
    [TestCase("pages")]
    [TestCase("fields")]
    [TestCase("text")]
    public void AResultWithoutARequiredProperty_DoesNotValidate(string property)
    {
        var result = DeliveredResult();
        Assert.That(Schemas.Errors(Schemas.Result, result.ToJsonString()), Is.Empty, "the untouched result is valid");

        result.Remove(property);

        Assert.That(Schemas.Errors(Schemas.Result, result.ToJsonString()), Is.Not.Empty);
    }

    [TestCase("unexpected", "\"property\"")]
    [TestCase("textFile", "\"0000000000000000000000000000000000000000000000000000000000000000.txt\"")]
    public void AResultWithAnExtraProperty_DoesNotValidate(string property, string value)
    {
        var result = DeliveredResult();

        result[property] = JsonNode.Parse(value);

        Assert.That(Schemas.Errors(Schemas.Result, result.ToJsonString()), Is.Not.Empty);
    }

    [TestCase("schemaVersion", "1")]
    [TestCase("fields", "{\"date\": [{\"value\": \"2024-05-01\"}]}")]
    [TestCase("label", "\"../x\"")]
    [TestCase("confidence", "1.5")]
    [TestCase("receivedAt", "\"30/11/2026\"")]
    [TestCase("decidedBy", "\"alice\"")]
    [TestCase("fields", "[]")]
    public void AResultWithAWrongValue_DoesNotValidate(string property, string value)
    {
        var result = DeliveredResult();

        result[property] = JsonNode.Parse(value);

        Assert.That(Schemas.Errors(Schemas.Result, result.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void APageWithAnUnknownSource_DoesNotValidate()
    {
        var result = DeliveredResult();

        result["pages"]![0]!["source"] = "handwriting";

        Assert.That(Schemas.Errors(Schemas.Result, result.ToJsonString()), Is.Not.Empty);
    }

    [TestCase("schemaVersion")]
    [TestCase("id")]
    [TestCase("documentFile")]
    [TestCase("originalFileName")]
    [TestCase("sourceFolder")]
    [TestCase("receivedAt")]
    [TestCase("failedAt")]
    [TestCase("code")]
    [TestCase("reason")]
    public void AnErrorWithoutARequiredProperty_DoesNotValidate(string property)
    {
        var document = RoutingSamples.Document(folder);
        var failedRoot = Path.Combine(folder.Path, "failed");
        new FolderFailureSink(failedRoot).Fail(document, "emptyFile", "The file is empty.");
        var error = JsonNode.Parse(File.ReadAllText(Path.Combine(failedRoot, document.Id + ".error.json")))!.AsObject();
        Assert.That(Schemas.Errors(Schemas.Error, error.ToJsonString()), Is.Empty, "the untouched error is valid");

        error.Remove(property);

        Assert.That(Schemas.Errors(Schemas.Error, error.ToJsonString()), Is.Not.Empty);
    }

    private JsonObject DeliveredResult()
    {
        var document = RoutingSamples.Document(folder);
        var resultsRoot = Path.Combine(folder.Path, "results");
        new FolderResultSink(resultsRoot).Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());
        var path = Path.Combine(resultsRoot, RoutingSamples.Label, document.Id + ".json");
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }
}
