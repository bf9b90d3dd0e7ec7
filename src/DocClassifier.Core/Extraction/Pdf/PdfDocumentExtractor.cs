using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// Decides page by page: a page whose text layer holds usable text is read with PdfPig;
/// any other page is OCRed from its scan image.
/// </summary>
internal sealed class PdfDocumentExtractor(PageRecognizer recognizer, ExtractionOptions options)
{
    private readonly PdfPageImageReader imageReader = new(options);
    private readonly PopplerPageImages poppler = new(options);

    public IReadOnlyList<ExtractedPage> Extract(string path, byte[] content, CancellationToken cancellationToken)
    {
        using var document = Open(content);
        var count = document.NumberOfPages;
        if (count == 0)
        {
            throw new ExtractionException(ExtractionErrorCode.NoPages, "The PDF has no pages.");
        }

        if (count > options.MaxPages)
        {
            throw new ExtractionException(
                ExtractionErrorCode.TooManyPages,
                $"The PDF has {count} pages, over the limit of {options.MaxPages}. Split it into separate documents.");
        }

        var pages = new List<ExtractedPage>(count);
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(ExtractPage(document, path, number, cancellationToken));
        }

        return pages;
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException(
                ExtractionErrorCode.Encrypted, "The PDF is password-protected. Ask the sender for an unprotected copy.", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException(
                ExtractionErrorCode.CorruptFile, $"The PDF is damaged or truncated and could not be opened ({e.Message}).", e);
        }
    }

    private ExtractedPage ExtractPage(PdfDocument document, string path, int number, CancellationToken cancellationToken)
    {
        Page page;
        string text;
        try
        {
            page = document.GetPage(number);
            text = ContentOrderTextExtractor.GetText(page, true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptFile, $"Page {number} of the PDF is damaged ({e.Message}).", e);
        }

        if (TextNormalizer.CountLettersAndDigits(text) >= options.MinTextLayerCharacters)
        {
            return new ExtractedPage(number, text, TextNormalizer.Normalize(text), TextSource.TextLayer, null, null);
        }

        using var image = PageImage(page, path, number);
        if (image is null)
        {
            // Nothing to OCR: a blank page, or one with only a few words of text.
            return new ExtractedPage(number, text, TextNormalizer.Normalize(text), TextSource.TextLayer, null, null);
        }

        return recognizer.Recognize(image, number, cancellationToken);
    }

    private Pix? PageImage(Page page, string path, int number)
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
