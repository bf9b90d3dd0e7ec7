using DocClassifier.Extraction;

namespace DocClassifier.Tests.Support;

/// <summary>An extractor that reads a file as one page of plain text, for tests that choose a document's text exactly.</summary>
internal sealed class TextFileExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        var text = File.ReadAllText(path);
        return new ExtractedDocument(Path.GetFileName(path), DocumentFormat.Png, [new ExtractedPage(1, text, text, TextSource.Ocr, 90, 300)]);
    }
}
