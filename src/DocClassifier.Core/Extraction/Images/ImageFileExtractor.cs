using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Extraction.Images;

/// <summary>OCRs image files: single-image PNG, JPEG, BMP, and TIFF with any number of pages.</summary>
internal sealed class ImageFileExtractor(PageRecognizer recognizer, ExtractionOptions options)
{
    public IReadOnlyList<ExtractedPage> Extract(byte[] content, DocumentFormat format, CancellationToken cancellationToken)
    {
        CheckHeader(content);
        if (format == DocumentFormat.Tiff)
        {
            return ExtractTiff(content, cancellationToken);
        }

        using var image = Pix.TryRead(content) ?? throw new ExtractionException(
            ExtractionErrorCode.CorruptFile, "The image is damaged or truncated and could not be decoded.");
        return [recognizer.Recognize(image, 1, cancellationToken)];
    }

    private unsafe void CheckHeader(byte[] content)
    {
        int width, height;
        fixed (byte* data = content)
        {
            if (LeptonicaApi.PixReadHeaderMem(data, (nuint)content.Length, out _, out width, out height, out _, out _, out _) != 0)
            {
                throw new ExtractionException(ExtractionErrorCode.CorruptFile, "The image header is damaged; the file could not be decoded.");
            }
        }

        ImageLimits.Check((long)width * height, width, height, options);
    }

    private List<ExtractedPage> ExtractTiff(byte[] content, CancellationToken cancellationToken)
    {
        var pages = new List<ExtractedPage>();
        nuint offset = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pages.Count >= options.MaxPages)
            {
                throw new ExtractionException(
                    ExtractionErrorCode.TooManyPages, $"The TIFF has more than {options.MaxPages} pages, the configured limit.");
            }

            using var page = ReadTiffPage(content, ref offset, pages.Count + 1);
            ImageLimits.Check((long)page.Width * page.Height, page.Width, page.Height, options);
            pages.Add(recognizer.Recognize(page, pages.Count + 1, cancellationToken));
        }
        while (offset != 0);

        return pages;
    }

    internal static unsafe Pix ReadTiffPage(byte[] content, ref nuint offset, int number)
    {
        fixed (byte* data = content)
        {
            return Pix.TryOwn(LeptonicaApi.PixReadMemFromMultipageTiff(data, (nuint)content.Length, ref offset))
                ?? throw new ExtractionException(
                    ExtractionErrorCode.CorruptFile, $"Page {number} of the TIFF is damaged (a broken directory or truncated data).");
        }
    }
}
