using System.Text.Json.Nodes;
using DocClassifier.Classification;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Routing;

/// <summary>What the result JSON says: it keeps to its schema and stays readable for the people who open it.</summary>
[TestFixture]
public class ResultJsonTests
{
    private TempFolder folder = null!;
    private string resultsRoot = null!;
    private FolderResultSink sink = null!;

    [SetUp]
    public void CreateSink()
    {
        folder = new TempFolder();
        resultsRoot = Path.Combine(folder.Path, "results");
        sink = new FolderResultSink(resultsRoot);
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Deliver_WritesJsonThatValidatesAgainstTheResultSchema()
    {
        var document = RoutingSamples.Document(folder);

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        var json = File.ReadAllText(ResultPath(document.Id + ".json"));
        Assert.That(Schemas.Errors(Schemas.Result, json), Is.Empty, json);
    }

    [Test]
    public void Deliver_ByAReviewer_WritesANullConfidence_AndValidates()
    {
        var document = RoutingSamples.Document(folder);

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByReviewer());

        var path = Path.Combine(resultsRoot, "withholding-statement", document.Id + ".json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.That(json.ContainsKey("confidence") && json["confidence"] is null, "confidence is present and null");
        Assert.That(json["decidedBy"]!.GetValue<string>(), Is.EqualTo("reviewer:alice"));
        Assert.That(Schemas.Errors(Schemas.Result, File.ReadAllText(path)), Is.Empty);
    }

    [Test]
    public void Deliver_RecordsHowEachPageWasRead()
    {
        var document = RoutingSamples.Document(folder);

        sink.Deliver(document, RoutingSamples.Extracted("甲乙丙"), RoutingSamples.FieldsOf(RoutingSamples.Extracted("甲乙丙")), RoutingSamples.ByModel());

        var pages = ReadJson(document.Id)["pages"]!.ToJsonString();
        Assert.That(pages, Is.EqualTo(
            """[{"number":1,"source":"textLayer","ocrConfidence":null,"resolution":null,"characters":3},"""
            + """{"number":2,"source":"ocr","ocrConfidence":87,"resolution":300,"characters":3}]"""));
    }

    [Test]
    public void Deliver_KeepsAtMostThreeTopScores()
    {
        var document = RoutingSamples.Document(folder);
        var five = RoutingSamples.ByModel() with
        {
            Top = [.. RoutingSamples.Top, new LabelScore("land-value-tax-bill", 0.002), new LabelScore("other", 0.001)],
        };

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), five);

        Assert.That(ReadJson(document.Id)["top"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public void Deliver_KeepsTextUpToTheLimitInTheJson()
    {
        var document = RoutingSamples.Document(folder);
        var text = new string('稅', FolderResultSink.MaxInlineTextCharacters - "\n\n第二頁".Length);

        sink.Deliver(document, RoutingSamples.Extracted(text), RoutingSamples.FieldsOf(RoutingSamples.Extracted(text)), RoutingSamples.ByModel());

        Assert.That(ReadJson(document.Id)["text"]!.GetValue<string>(), Has.Length.EqualTo(FolderResultSink.MaxInlineTextCharacters));
        Assert.That(File.Exists(ResultPath(document.Id + ".txt")), Is.False);
    }

    [Test]
    public void Deliver_StoresChineseTextReadable_NotAsUnicodeEscapes()
    {
        var document = RoutingSamples.Document(folder);

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        var raw = File.ReadAllText(ResultPath(document.Id + ".json"));
        Assert.That(raw, Does.Contain("營業人銷售額與稅額申報書").And.Contain("台北/營業稅"));
        Assert.That(raw, Does.Not.Contain("\\u"));
    }

    private string ResultPath(string fileName) => Path.Combine(resultsRoot, RoutingSamples.Label, fileName);

    private JsonObject ReadJson(string id) => JsonNode.Parse(File.ReadAllText(ResultPath(id + ".json")))!.AsObject();
}
