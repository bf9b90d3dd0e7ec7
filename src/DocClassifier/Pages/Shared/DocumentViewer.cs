using DocClassifier.Extraction;
using DocClassifier.Extraction.Images;
using DocClassifier.Storage;

namespace DocClassifier.Host.Pages;

/// <summary>How a review page shows a document's file: a PDF in the browser's viewer, a TIFF page by page, or the image itself.</summary>
public sealed record DocumentViewer(string Id, string Kind, int TiffPageCount)
{
    public static DocumentViewer For(LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FormatSniffer.FromExtension(document.OriginalFileName) switch
        {
            DocumentFormat.Pdf => new(document.Id, "pdf", 0),
            DocumentFormat.Tiff => new(document.Id, "tiff", TiffPageCountOf(document.ArchivePath)),
            _ => new(document.Id, "image", 0),
        };
    }

    private static int TiffPageCountOf(string path)
    {
        try
        {
            return TiffPages.Count(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is ExtractionException or IOException)
        {
            return 1;
        }
    }
}
