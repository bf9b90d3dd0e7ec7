using DocClassifier.Extraction.Native;
using UglyToad.PdfPig.Content;

namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// A PDF page as an image: its scan decoded by PdfPig where it can, else by poppler's <c>pdfimages</c>, else the page
/// rendered by <c>pdftoppm</c>; null for a page with nothing drawn on it (no images, no paths).
/// </summary>
internal sealed class PdfPageImages(ExtractionOptions options)
{
    private readonly PdfPageImageReader imageReader = new(options);
    private readonly PopplerPageImages poppler = new(options);

    /// <exception cref="ExtractionException">The page holds an image that cannot be decoded.</exception>
    public Pix? Of(Page page, string path, int number)
    {
        var scan = PdfPageImageReader.FindScan(page);
        var pix = scan is null ? null : imageReader.TryRead(scan);
        if (pix is not null)
        {
            return pix;
        }

        var needsImage = scan is not null || page.NumberOfImages > 0 || page.Paths.Count > 0;
        if (!needsImage)
        {
            return null;
        }

        if (!options.UsePopplerFallback || !PopplerPageImages.IsAvailable)
        {
            throw new ExtractionException(
                ExtractionErrorCode.UnsupportedImageEncoding,
                $"Page {number} holds an image this program cannot decode (e.g. JBIG2) and poppler-utils " +
                "(pdfimages, pdftoppm) is not installed. Install poppler-utils or rescan the page as JPEG/PNG.");
        }

        return (scan is not null ? poppler.ExtractScan(path, number, page.Width) : null)
            ?? poppler.Render(path, number)
            ?? throw new ExtractionException(
                ExtractionErrorCode.UnsupportedImageEncoding, $"Page {number}'s image could not be decoded, not even by poppler-utils.");
    }
}
