using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Pdf;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// The pages of a scanned original, each with the image OCR read and the lines read on it: the pages of an image file
/// (a TIFF's one by one) at the resolution the file states, or a scanned PDF's pages at their own size with each
/// page's scan where it lies. JPEG data is taken as it is.
/// </summary>
internal sealed class ScanPages(ExtractionOptions options)
{
    private const double PointsPerInch = 72;

    /// <param name="content">The original file's bytes; a PNG's rows and a JPEG are written from them as they lie.</param>
    public IReadOnlyList<ScanPage> Read(byte[] content, ExtractedDocument extracted)
    {
        var format = FormatSniffer.FromContent(content);
        return format switch
        {
            DocumentFormat.Pdf => FromPdf(content, extracted),
            DocumentFormat.Tiff => FromTiff(content, extracted),
            DocumentFormat.Jpeg or DocumentFormat.Png or DocumentFormat.Bmp => [FromImage(content, format, Line(extracted, 1))],
            _ => throw new NotSupportedException($"A searchable PDF cannot be made from a {format} file."),
        };
    }

    private static IReadOnlyList<OcrLine> Line(ExtractedDocument extracted, int number) =>
        extracted.Pages.FirstOrDefault(p => p.Number == number)?.Lines ?? [];

    // JPEG data and a grey or RGB PNG's rows go in as they are; the file is decoded only for other images, or to guess a
    // resolution its header does not state on a page that is not A4- or Letter-shaped.
    private ScanPage FromImage(byte[] content, DocumentFormat format, IReadOnlyList<OcrLine> lines)
    {
        var kept = format switch
        {
            DocumentFormat.Jpeg => PageImage.FromJpeg(content),
            DocumentFormat.Png => PageImage.FromPng(content),
            _ => null,
        };
        if (kept is not null && (StatedResolution.Of(content, format) ?? PageShaped(kept)) is var (across, down))
        {
            return Page(kept, across, down, lines);
        }

        using var pix = Pix.TryRead(content) ?? throw new InvalidDataException("The image could not be decoded.");
        return Page(pix, kept ?? PageImage.FromPix(pix), lines);
    }

    private static (double, double)? PageShaped(PageImage image) =>
        ResolutionGuess.FromPageShape(image.Width, image.Height) is { } dpi ? (dpi, dpi) : null;

    // Through the extraction's own TIFF reading (its page and size limits), the pages OCR read.
    private List<ScanPage> FromTiff(byte[] content, ExtractedDocument extracted)
    {
        var pages = new List<ScanPage>();
        new ScanPageImages(options).Visit(
            string.Empty,
            content,
            DocumentFormat.Tiff,
            (number, pix) => pages.Add(Page(pix!, PageImage.FromPix(pix!), Line(extracted, number))),
            CancellationToken.None);
        return pages;
    }

    // The page is the image at the resolution it states (or the one OCR assumed for it).
    private ScanPage Page(Pix pix, PageImage image, IReadOnlyList<OcrLine> lines)
    {
        var across = LeptonicaApi.PixGetXRes(pix.Pointer);
        var down = LeptonicaApi.PixGetYRes(pix.Pointer);
        var guess = ResolutionGuess.For(pix, options.DefaultResolution);
        return Page(image, across > 0 ? across : guess, down > 0 ? down : guess, lines);
    }

    private static ScanPage Page(PageImage image, double across, double down, IReadOnlyList<OcrLine> lines)
    {
        var width = image.Width * PointsPerInch / across;
        var height = image.Height * PointsPerInch / down;
        return new ScanPage(width, height, image, new PdfArea(0, 0, width, height), lines);
    }

    private List<ScanPage> FromPdf(byte[] content, ExtractedDocument extracted)
    {
        var reader = new PdfPageImageReader(options);
        using var document = PdfDocumentExtractor.Open(content, options);
        var pages = new List<ScanPage>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            if (page.Rotation.Value != 0)
            {
                throw new NotSupportedException($"Page {number} is turned by /Rotate; its text would be placed wrongly.");
            }

            var ocr = extracted.Pages.FirstOrDefault(p => p.Number == number) is { Source: TextSource.Ocr } read ? read : null;
            if (ocr is null)
            {
                // A page with no text layer and no scan (blank) stays blank.
                pages.Add(new ScanPage(page.Width, page.Height, null, default, []));
                continue;
            }

            var scan = PdfPageImageReader.FindScan(page)
                ?? throw new NotSupportedException($"Page {number} was read from a rendering, not from one scan image.");
            PageImage? image = null;
            if (PdfImageEncoding.LastFilter(scan) == "DCTDecode" && scan.ImageDictionary.Data.Count > 0)
            {
                image = PageImage.FromJpeg(scan.RawMemory.ToArray()); // a copy: the document is closed before the page is written
            }

            if (image is null)
            {
                using var pix = reader.TryRead(scan) ?? throw new NotSupportedException($"Page {number}'s scan is in an encoding this writer cannot decode (e.g. JBIG2).");
                image = PageImage.FromPix(pix);
            }

            var box = scan.BoundingBox;
            pages.Add(new ScanPage(page.Width, page.Height, image, new PdfArea(box.Left, box.Bottom, box.Width, box.Height), ocr.Lines ?? []));
        }

        return pages;
    }
}
