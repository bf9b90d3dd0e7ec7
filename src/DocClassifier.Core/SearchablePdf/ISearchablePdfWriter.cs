using DocClassifier.Extraction;

namespace DocClassifier.SearchablePdf;

/// <summary>Makes a scanned document searchable: its scans as the pages, the text OCR read on them as an invisible layer.</summary>
public interface ISearchablePdfWriter
{
    /// <summary>Whether the document gets a searchable PDF: a scan does, a born-digital PDF (already searchable) does not.</summary>
    bool Applies(ExtractedDocument extracted);

    /// <summary>
    /// Writes the searchable PDF of the original at <paramref name="originalPath"/>, whose content's SHA-256 is
    /// <paramref name="documentId"/> (what intake named it by); throws when it cannot.
    /// </summary>
    void Write(string originalPath, string documentId, ExtractedDocument extracted, Stream output);
}
