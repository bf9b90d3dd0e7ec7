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

        // A photo whose Exif data says it is stored sideways is read the way it was taken; its lines are placed on the pixels
        // as the file holds them.
        var turns = format == DocumentFormat.Jpeg ? ExifOrientation.QuarterTurns(content) : 0;
        if (turns == 0)
        {
            return [recognizer.Recognize(image, 1, cancellationToken)];
        }

        using var upright = QuarterTurns.Turn(image, turns);
        var page = recognizer.Recognize(upright, 1, cancellationToken);
        return [page with { Lines = page.Lines is null ? null : QuarterTurns.Back(page.Lines, turns) }];
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
        // Every page's size is checked from its directory before any page is decoded: a small first page must not
        // let a huge later one through (a "TIFF bomb" of 100 x 100 then 19,000 x 19,000 would take 1.4 GB).
        var headers = TiffDirectories.Read(content, options.MaxPages, out var more);
        if (more)
        {
            throw new ExtractionException(
                ExtractionErrorCode.TooManyPages, $"The TIFF has more than {options.MaxPages} pages, the configured limit.");
        }

        foreach (var header in headers)
        {
            ImageLimits.Check(header.Pixels, header.Width, header.Height, options);
        }

        var pages = new List<ExtractedPage>(headers.Count);
        foreach (var header in headers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var page = ReadTiffPage(content, header, pages.Count + 1);
            ImageLimits.Check((long)page.Width * page.Height, page.Width, page.Height, options);
            pages.Add(recognizer.Recognize(page, pages.Count + 1, cancellationToken));
        }

        return pages;
    }

    /// <summary>Decodes one page, read from its own directory (no earlier page is decoded).</summary>
    internal static Pix ReadTiffPage(byte[] content, TiffPageHeader header, int number)
    {
        var offset = (nuint)header.DirectoryOffset;
        return ReadTiffPage(content, ref offset, number);
    }

    private static unsafe Pix ReadTiffPage(byte[] content, ref nuint offset, int number)
    {
        fixed (byte* data = content)
        {
            return Pix.TryOwn(LeptonicaApi.PixReadMemFromMultipageTiff(data, (nuint)content.Length, ref offset))
                ?? throw new ExtractionException(
                    ExtractionErrorCode.CorruptFile, $"Page {number} of the TIFF is damaged (a broken directory or truncated data).");
        }
    }
}
