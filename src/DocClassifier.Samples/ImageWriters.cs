using SkiaSharp;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocClassifier.Samples;

// Encoders for fixtures. Streams are written to and left open; callers own them.
public static class ImageWriters
{
    public static void SavePng(SKBitmap bitmap, Stream output)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        ArgumentNullException.ThrowIfNull(output);
        if (!bitmap.Encode(output, SKEncodedImageFormat.Png, 100))
        {
            throw new InvalidOperationException("SkiaSharp failed to encode the bitmap as PNG.");
        }
    }

    public static void SaveJpeg(SKBitmap bitmap, Stream output, int quality = 85)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        if (!bitmap.Encode(output, SKEncodedImageFormat.Jpeg, quality))
        {
            throw new InvalidOperationException("SkiaSharp failed to encode the bitmap as JPEG.");
        }
    }

    // A "scanned" PDF: each page is exactly its image's physical size (pixels * 72 / dpi points),
    // filled by that one image, with no text layer, so text can only be recovered by OCR.
    // JPEG bytes are embedded as they are (DCTDecode, greyscale stays greyscale). PdfPig decodes a
    // PNG and stores its pixels Flate-compressed as DeviceRGB, even for a greyscale PNG, so that
    // variant is lossless but about three times the PNG's size. On an exception the stream holds
    // a partial PDF.
    public static void SaveImageOnlyPdf(
        IReadOnlyList<(byte[] imageBytes, bool isJpeg, int widthPx, int heightPx, int dpi)> pages,
        Stream output)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        if (pages.Count == 0)
        {
            throw new ArgumentException("An image-only PDF needs at least one page.", nameof(pages));
        }

        // Stream mode writes each image object as it is added, instead of holding the whole
        // document in memory; Build() then writes the page tree, xref and trailer.
        using var builder = new PdfDocumentBuilder(output, disposeStream: false);
        foreach (var (imageBytes, isJpeg, widthPx, heightPx, dpi) in pages)
        {
            ArgumentNullException.ThrowIfNull(imageBytes, nameof(pages));
            if (widthPx <= 0 || heightPx <= 0 || dpi <= 0)
            {
                throw new ArgumentException("Page width, height and dpi must be positive.", nameof(pages));
            }

            var width = widthPx * 72.0 / dpi;
            var height = heightPx * 72.0 / dpi;
            var page = builder.AddPage(width, height);
            var placement = new PdfRectangle(0, 0, width, height);
            if (isJpeg)
            {
                page.AddJpeg(imageBytes, placement);
            }
            else
            {
                page.AddPng(imageBytes, placement);
            }
        }

        builder.Build();
    }
}
