using System.Text.Json.Nodes;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Routing;

/// <summary>Results appear whole, once, and where their label says; nothing else is left in the folder.</summary>
[TestFixture]
public class FolderResultSinkTests
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
    public void Deliver_WritesTheDocumentThenTheJson_AndNoTemporaryFilesRemain()
    {
        var document = RoutingSamples.Document(folder);

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        var copy = ResultPath(document.Id + ".pdf");
        var json = ResultPath(document.Id + ".json");
        Assert.That(FilesUnder(resultsRoot), Is.EquivalentTo(new[] { copy, json }));
        Assert.That(File.ReadAllBytes(copy), Is.EqualTo(File.ReadAllBytes(document.ArchivePath)));
        Assert.That(File.GetLastWriteTimeUtc(copy), Is.LessThanOrEqualTo(File.GetLastWriteTimeUtc(json)));
    }

    [Test]
    public void Deliver_WritesNoJson_WhenTheOriginalCannotBeCopied()
    {
        var document = RoutingSamples.Document(folder);
        File.Delete(document.ArchivePath);

        Assert.That(() => sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel()), Throws.InstanceOf<IOException>());

        Assert.That(FilesUnder(resultsRoot), Is.Empty, "neither the JSON nor a temporary file");
    }

    [Test]
    public void Deliver_Twice_LeavesExactlyOneDocumentAndOneJson_WithTheLatestDecision()
    {
        var document = RoutingSamples.Document(folder);
        var again = RoutingSamples.ByModel() with { DecidedAt = RoutingSamples.DecidedAt.AddMinutes(5) };

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());
        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), again);

        Assert.That(FilesUnder(resultsRoot).Select(Path.GetFileName), Is.EquivalentTo(new[] { document.Id + ".pdf", document.Id + ".json" }));
        var json = ReadJson(document.Id);
        Assert.That(json["decidedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(again.DecidedAt));
    }

    [Test]
    public void Deliver_RemovesTemporaryFilesThatAKilledDeliveryLeftBehind()
    {
        var document = RoutingSamples.Document(folder);
        var labelFolder = Directory.CreateDirectory(Path.Combine(resultsRoot, RoutingSamples.Label)).FullName;
        File.WriteAllText(Path.Combine(labelFolder, $".{document.Id}.json.0123456789abcdef.tmp"), "{\"schemaVer");

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        Assert.That(FilesUnder(resultsRoot).Select(Path.GetFileName), Has.None.EndsWith(".tmp"));
    }

    [Test]
    public void Deliver_WritesLongTextToATxtFileBesideTheJson_AndNamesItThere()
    {
        var document = RoutingSamples.Document(folder);
        var extracted = RoutingSamples.Extracted(new string('稅', FolderResultSink.MaxInlineTextCharacters));

        sink.Deliver(document, extracted, RoutingSamples.FieldsOf(extracted), RoutingSamples.ByModel());

        var json = ReadJson(document.Id);
        Assert.That(json.ContainsKey("text"), Is.False);
        Assert.That(json["textFile"]!.GetValue<string>(), Is.EqualTo(document.Id + ".txt"));
        Assert.That(File.ReadAllText(ResultPath(document.Id + ".txt")), Is.EqualTo(extracted.Text));
        Assert.That(Schemas.Errors(Schemas.Result, json.ToJsonString()), Is.Empty);
    }

    [Test]
    public void Deliver_RemovesAnEarlierTextFile_WhenTheTextNowFitsInTheJson()
    {
        var document = RoutingSamples.Document(folder);
        sink.Deliver(document, RoutingSamples.Extracted(new string('稅', 200_000)), [], RoutingSamples.ByModel());

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        Assert.That(FilesUnder(resultsRoot).Select(Path.GetFileName), Is.EquivalentTo(new[] { document.Id + ".pdf", document.Id + ".json" }));
    }

    [TestCase("Scan 0012.PDF", ".pdf")]
    [TestCase("photo.JPG", ".jpg")]
    [TestCase("form.tiff", ".tiff")]
    [TestCase("no-extension", ".bin")]
    [TestCase("looks-like-a-result.json", ".bin")]
    [TestCase("odd.p d f", ".bin")]
    public void Deliver_NamesTheCopyAfterTheOriginalsExtension_WhenItIsSafe(string originalFileName, string extension)
    {
        var document = RoutingSamples.Document(folder, originalFileName);

        sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel());

        Assert.That(File.Exists(ResultPath(document.Id + extension)));
        Assert.That(ReadJson(document.Id)["documentFile"]!.GetValue<string>(), Is.EqualTo(document.Id + extension));
    }

    [TestCase("../x")]
    [TestCase("..")]
    [TestCase("a/b")]
    [TestCase("a\\b")]
    [TestCase("Business-Tax-Return")]
    [TestCase("營業稅")]
    [TestCase("x\n")]
    [TestCase("")]
    public void Deliver_RefusesALabelThatIsNotASafeSlug(string label)
    {
        var document = RoutingSamples.Document(folder);

        Assert.That(() => sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel(label)), Throws.ArgumentException);

        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EquivalentTo(new[] { document.ArchivePath }), "nothing written anywhere");
    }

    [Test]
    public void Deliver_RefusesAnIdThatIsNotAContentHash()
    {
        var document = RoutingSamples.Document(folder) with { Id = "../../etc" };

        Assert.That(() => sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), RoutingSamples.ByModel()), Throws.ArgumentException);
    }

    [Test]
    public void Deliver_RefusesADeciderThatIsNeitherModelNorReviewer()
    {
        var document = RoutingSamples.Document(folder);
        var decision = RoutingSamples.ByModel() with { DecidedBy = "alice" };

        Assert.That(() => sink.Deliver(document, RoutingSamples.Extracted(), RoutingSamples.FieldsOf(RoutingSamples.Extracted()), decision), Throws.ArgumentException);
    }

    private static string[] FilesUnder(string root) =>
        Directory.Exists(root)
            ? Directory.GetFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            : [];

    private string ResultPath(string fileName) => Path.Combine(resultsRoot, RoutingSamples.Label, fileName);

    private JsonObject ReadJson(string id) => JsonNode.Parse(File.ReadAllText(ResultPath(id + ".json")))!.AsObject();
}
