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
    private readonly PdfPageImages images = new(options);

    public IReadOnlyList<ExtractedPage> Extract(string path, byte[] content, CancellationToken cancellationToken)
    {
        using var document = Open(content, options);
        var count = document.NumberOfPages;
        var pages = new List<ExtractedPage>(count);
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(ExtractPage(document, path, number, cancellationToken));
        }

        return pages;
    }

    /// <summary>Opens the PDF and checks it has pages, and not too many.</summary>
    internal static PdfDocument Open(byte[] content, ExtractionOptions options)
    {
        var document = OpenAny(content);
        var count = document.NumberOfPages;
        if (count == 0 || count > options.MaxPages)
        {
            document.Dispose();
            throw count == 0
                ? new ExtractionException(ExtractionErrorCode.NoPages, "The PDF has no pages.")
                : new ExtractionException(
                    ExtractionErrorCode.TooManyPages,
                    $"The PDF has {count} pages, over the limit of {options.MaxPages}. Split it into separate documents.");
        }

        return document;
    }

    private static PdfDocument OpenAny(byte[] content)
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

        using var image = images.Of(page, path, number);
        if (image is null)
        {
            // Nothing to OCR: a blank page, or one with only a few words of text.
            return new ExtractedPage(number, text, TextNormalizer.Normalize(text), TextSource.TextLayer, null, null);
        }

        return recognizer.Recognize(image, number, cancellationToken);
    }
}
