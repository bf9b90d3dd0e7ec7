using DocClassifier.Extraction;

namespace DocClassifier.SearchablePdf;

/// <summary>Writes no searchable PDF (<c>Results:SearchablePdf</c> is off): every document is delivered as it came.</summary>
public sealed class NoSearchablePdfWriter : ISearchablePdfWriter
{
    public bool Applies(ExtractedDocument extracted) => false;

    public void Write(string originalPath, string documentId, ExtractedDocument extracted, Stream output) =>
        throw new InvalidOperationException("Searchable PDFs are turned off (Results:SearchablePdf).");
}
