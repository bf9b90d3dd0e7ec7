using System.CommandLine;
using System.Text.Json;
using DocClassifier.Host.Commands;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Commands;

[TestFixture]
public class ExtractCommandTests
{
    [Test]
    public void ExtractJson_PrintsEveryPageWithItsSource_AndReportsBadFilesWithoutStopping()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.pdf", []);
        var pdf = GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf);
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = CommandLine.Create()
            .Parse(["extract", "--json", empty, pdf])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.That(exitCode, Is.EqualTo(1), "a failed file makes the exit code non-zero");
        Assert.That(error.ToString(), Does.Contain("empty.pdf: EmptyFile"));
        using var json = JsonDocument.Parse(output.ToString());
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages.Select(p => p.GetProperty("source").GetString()), Is.All.EqualTo("textLayer"));
        Assert.That(pages[0].GetProperty("text").GetString(), Does.Contain("房屋稅減免申請書"));
    }
}
