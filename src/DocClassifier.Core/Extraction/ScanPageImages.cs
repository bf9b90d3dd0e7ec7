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
    /// page count. For a <paramref name="sheetSearch"/>, a PDF or TIFF of one page is not decoded either (its page gets
    /// null), nor a born-digital PDF page (fonts and no image in its resources, read without parsing the page): a
    /// splitter has nothing to find there, and parsing and rendering every such page cost more than reading its text.
    /// </summary>
    /// <exception cref="ExtractionException">The file cannot be read, or a page cannot be decoded.</exception>
    public int Visit(string path, byte[] content, DocumentFormat format, Action<int, Pix?> visit, CancellationToken cancellationToken, bool sheetSearch = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(visit);
        return format switch
        {
            DocumentFormat.Pdf => VisitPdf(path, content, visit, sheetSearch, cancellationToken),
            DocumentFormat.Tiff => VisitTiff(content, visit, sheetSearch, cancellationToken),
            _ => VisitImage(content, visit),
        };
    }

    private int VisitPdf(string path, byte[] content, Action<int, Pix?> visit, bool sheetSearch, CancellationToken cancellationToken)
    {
        using var document = PdfDocumentExtractor.Open(content, options);
        document.AddPageFactory(new PdfPageResourcesFactory(document.Structure.TokenScanner));
        var images = new PdfPageImages(options);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheetSearch && (document.NumberOfPages == 1 || document.GetPage<PdfPageResources>(number).IsBornDigital))
            {
                visit(number, null);
                continue;
            }

            var page = document.GetPage(number);
            if (TextNormalizer.CountLettersAndDigits(ContentOrderTextExtractor.GetText(page, false)) >= TextPageLetters)
            {
                visit(number, null);
                continue;
            }

            using var image = images.Of(page, path, number);
            visit(number, image);
        }

        return document.NumberOfPages;
    }

    private int VisitTiff(byte[] content, Action<int, Pix?> visit, bool sheetSearch, CancellationToken cancellationToken)
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

        if (sheetSearch && headers.Count == 1)
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
