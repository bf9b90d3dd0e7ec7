using DocClassifier.Extraction.Images;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Pdf;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace DocClassifier.Extraction;

/// <summary>
/// The page images of a PDF or TIFF, one page decoded at a time, through the extraction's own readers (PdfPig's scan
/// image, poppler, Leptonica's TIFF pages) and under its limits. A PDF page that reads as text (a printed page)
/// gives no image: it is not a scan.
/// </summary>
internal sealed class ScanPageImages(ExtractionOptions options)
{
    // A separator sheet's caption is under 200 letters; a printed page of text is far over.
    private const int TextPageLetters = 400;

    /// <summary>
    /// Calls <paramref name="visit"/> with each page's number (from 1) and image (null: no scan), in order; returns the
    /// page count. With a <paramref name="sheetMarker"/> (the separator sheet search), a PDF or TIFF of one page is not
    /// decoded either, nor a PDF page without a scan image whose text layer has text but not the marker (a born-digital
    /// page: a sheet written by this program prints its code as text): a splitter has nothing to find there, and rendering
    /// every born-digital page cost far more than reading it.
    /// </summary>
    /// <exception cref="ExtractionException">The file cannot be read, or a page cannot be decoded.</exception>
    public int Visit(string path, byte[] content, DocumentFormat format, Action<int, Pix?> visit, CancellationToken cancellationToken, string? sheetMarker = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(visit);
        return format switch
        {
            DocumentFormat.Pdf => VisitPdf(path, content, visit, sheetMarker, cancellationToken),
            DocumentFormat.Tiff => VisitTiff(content, visit, sheetMarker is not null, cancellationToken),
            _ => VisitImage(content, visit),
        };
    }

    private int VisitPdf(string path, byte[] content, Action<int, Pix?> visit, string? sheetMarker, CancellationToken cancellationToken)
    {
        using var document = PdfDocumentExtractor.Open(content, options);
        var images = new PdfPageImages(options);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var text = ContentOrderTextExtractor.GetText(page, false);
            var letters = TextNormalizer.CountLettersAndDigits(text);
            var bornDigital = sheetMarker is not null && letters > 0 && PdfPageImageReader.FindScan(page) is null
                && !text.Contains(sheetMarker, StringComparison.Ordinal);
            if (sheetMarker is not null && document.NumberOfPages == 1 || bornDigital || letters >= TextPageLetters)
            {
                visit(number, null);
                continue;
            }

            using var image = images.Of(page, path, number);
            visit(number, image);
        }

        return document.NumberOfPages;
    }

    private int VisitTiff(byte[] content, Action<int, Pix?> visit, bool stacksOnly, CancellationToken cancellationToken)
    {
        var headers = TiffDirectories.Read(content, options.MaxPages, out var more);
        if (more)
        {
            throw new ExtractionException(ExtractionErrorCode.TooManyPages, $"The TIFF has more than {options.MaxPages} pages, the configured limit.");
        }

        foreach (var header in headers)
        {
            ImageLimits.Check(header.Pixels, header.Width, header.Height, options);
        }

        if (stacksOnly && headers.Count == 1)
        {
            visit(1, null);
            return 1;
        }

        for (var i = 0; i < headers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var page = ImageFileExtractor.ReadTiffPage(content, headers[i], i + 1);
            visit(i + 1, page);
        }

        return headers.Count;
    }

    private static int VisitImage(byte[] content, Action<int, Pix?> visit)
    {
        using var image = Pix.TryRead(content) ?? throw new ExtractionException(ExtractionErrorCode.CorruptFile, "The image is damaged or truncated and could not be decoded.");
        visit(1, image);
        return 1;
    }
}
