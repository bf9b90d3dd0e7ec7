using System.Text.Json.Nodes;
using DocClassifier.Extraction;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Routing;

/// <summary>Failures appear whole and once in <c>failed/</c>, with a reason a clerk can read.</summary>
[TestFixture]
public class FolderFailureSinkTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 11, 30, 9, 16, 5, TimeSpan.Zero);

    private TempFolder folder = null!;
    private string failedRoot = null!;
    private FolderFailureSink sink = null!;

    [SetUp]
    public void CreateSink()
    {
        folder = new TempFolder();
        failedRoot = Path.Combine(folder.Path, "failed");
        sink = new FolderFailureSink(failedRoot, new FixedClock(FailedAt));
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Fail_WritesTheOriginalThenTheErrorJson_AndNoTemporaryFilesRemain()
    {
        var document = RoutingSamples.Document(folder);

        sink.Fail(document, "encrypted", "The PDF is protected by a password.");

        var copy = Path.Combine(failedRoot, document.Id + ".pdf");
        var json = Path.Combine(failedRoot, document.Id + ".error.json");
        Assert.That(FilesIn(failedRoot), Is.EquivalentTo(new[] { copy, json }));
        Assert.That(File.ReadAllBytes(copy), Is.EqualTo(File.ReadAllBytes(document.ArchivePath)));
        Assert.That(File.GetLastWriteTimeUtc(copy), Is.LessThanOrEqualTo(File.GetLastWriteTimeUtc(json)));
    }

    [Test]
    public void Fail_WritesJsonThatValidatesAgainstTheErrorSchema()
    {
        var document = RoutingSamples.Document(folder);

        sink.Fail(document, "encrypted", "The PDF is protected by a password.");

        var json = ReadJson(document.Id);
        Assert.That(Schemas.Errors(Schemas.Error, json), Is.Empty, json);
        Assert.That(JsonNode.Parse(json)!["failedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(FailedAt));
    }

    [Test]
    public void Fail_Twice_LeavesExactlyOneCopyAndOneErrorJson()
    {
        var document = RoutingSamples.Document(folder);

        sink.Fail(document, "corruptFile", "The file is damaged.");
        sink.Fail(document, "corruptFile", "The file is damaged.");

        Assert.That(FilesIn(failedRoot).Select(Path.GetFileName), Is.EquivalentTo(new[] { document.Id + ".pdf", document.Id + ".error.json" }));
    }

    [Test]
    public void Fail_StoresAChineseReasonReadable_NotAsUnicodeEscapes()
    {
        var document = RoutingSamples.Document(folder);

        sink.Fail(document, "emptyFile", "檔案是空的（0 位元組），請重新掃描。");

        var raw = ReadJson(document.Id);
        Assert.That(raw, Does.Contain("檔案是空的（0 位元組），請重新掃描。"));
        Assert.That(raw, Does.Not.Contain("\\u"));
    }

    [Test]
    public void Fail_WithAnExtractionException_RecordsItsCodeInCamelCase_AndItsMessage()
    {
        var document = RoutingSamples.Document(folder);

        sink.Fail(document, new ExtractionException(ExtractionErrorCode.TooManyPages, "The file has 900 pages; the limit is 500."));

        var json = JsonNode.Parse(ReadJson(document.Id))!;
        Assert.That(json["code"]!.GetValue<string>(), Is.EqualTo("tooManyPages"));
        Assert.That(json["reason"]!.GetValue<string>(), Is.EqualTo("The file has 900 pages; the limit is 500."));
    }

    [Test]
    public void Fail_KeepsAnOriginalNamedLikeJson_UnderANameNoBotMistakesForAResult()
    {
        var document = RoutingSamples.Document(folder, "export.json");

        sink.Fail(document, "unsupportedFormat", "This is not a scanned document.");

        Assert.That(FilesIn(failedRoot).Select(Path.GetFileName), Is.EquivalentTo(new[] { document.Id + ".bin", document.Id + ".error.json" }));
    }

    [Test]
    public void Fail_RefusesAnIdThatIsNotAContentHash()
    {
        var document = RoutingSamples.Document(folder) with { Id = "../escape" };

        Assert.That(() => sink.Fail(document, "emptyFile", "The file is empty."), Throws.ArgumentException);
    }

    private static string[] FilesIn(string root) => Directory.GetFiles(root, "*", new EnumerationOptions { AttributesToSkip = 0 });

    private string ReadJson(string id) => File.ReadAllText(Path.Combine(failedRoot, id + ".error.json"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
