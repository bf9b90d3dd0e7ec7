using DocClassifier.Extraction;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Splitting;

public sealed class RecentExtractionsExtractorTests
{
    [Test]
    public void A_file_read_to_split_it_is_not_read_again_unless_it_changed()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.txt");
        File.WriteAllText(path, "one");
        var inner = new CountingExtractor();
        var extractor = new RecentExtractionsExtractor(inner, 2);

        var first = extractor.Extract(path);
        Assert.That(extractor.Extract(path), Is.SameAs(first));
        Assert.That(inner.Calls, Is.EqualTo(1));

        File.WriteAllText(path, "changed");
        Assert.That(extractor.Extract(path).Pages[0].Text, Is.EqualTo("changed"));
        Assert.That(inner.Calls, Is.EqualTo(2));
    }

    private sealed class CountingExtractor : IDocumentExtractor
    {
        public int Calls { get; private set; }

        public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
        {
            Calls++;
            var text = File.ReadAllText(path);
            return new ExtractedDocument(Path.GetFileName(path), DocumentFormat.Pdf, [new ExtractedPage(1, text, text, TextSource.Ocr, 90, 300)]);
        }
    }
}
