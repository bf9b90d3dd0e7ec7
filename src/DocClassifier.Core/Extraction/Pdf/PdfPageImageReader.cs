using System.Text;
using DocClassifier.Extraction.Native;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// Gets a scanned PDF page's image without rendering: JPEG bytes go straight to Leptonica,
/// Flate samples are wrapped as PNM (no slow PNG round trip), CCITT goes through PdfPig's PNG.
/// Returns null when PdfPig cannot decode the image (JBIG2) so a fallback can take over.
/// </summary>
internal sealed class PdfPageImageReader(ExtractionOptions options)
{
    /// <summary>The page's dominant image, if it covers most of the page.</summary>
    public static IPdfImage? FindScan(Page page)
    {
        var largest = page.GetImages().MaxBy(i => (long)i.WidthInSamples * i.HeightInSamples);
        if (largest is null)
        {
            return null;
        }

        var pageArea = Math.Max(1, page.Width * page.Height);
        return largest.BoundingBox.Area >= pageArea * 0.3 ? largest : null;
    }

    public Pix? TryRead(IPdfImage image)
    {
        ImageLimits.Check((long)image.WidthInSamples * image.HeightInSamples, image.WidthInSamples, image.HeightInSamples, options);
        var pix = PdfImageEncoding.LastFilter(image) switch
        {
            "DCTDecode" or "JPXDecode" => Pix.TryRead(image.RawMemory.Span),
            "JBIG2Decode" => null,
            _ => FromSamples(image) ?? FromPng(image),
        };

        if (pix is not null)
        {
            pix.Resolution = ResolutionOf(image);
        }

        return pix;
    }

    private int ResolutionOf(IPdfImage image)
    {
        var widthInches = image.BoundingBox.Width / 72.0;
        return widthInches > 0.5 ? (int)Math.Round(image.WidthInSamples / widthInches) : options.DefaultResolution;
    }

    private static Pix? FromPng(IPdfImage image) => image.TryGetPng(out var png) ? Pix.TryRead(png) : null;

    // Plain grey, RGB and 1-bit samples become a PNM header plus the bytes as they are.
    private static Pix? FromSamples(IPdfImage image)
    {
        var space = image.IsImageMask ? ColorSpace.DeviceGray : image.ColorSpaceDetails?.Type;
        var bits = image.IsImageMask ? 1 : image.BitsPerComponent;
        if (!image.TryGetBytesAsMemory(out var samples))
        {
            return null;
        }

        var (magic, bytesPerRow) = (space, bits) switch
        {
            (ColorSpace.DeviceGray or ColorSpace.CalGray, 8) => ("P5", image.WidthInSamples),
            (ColorSpace.DeviceRGB or ColorSpace.CalRGB, 8) => ("P6", image.WidthInSamples * 3),
            (ColorSpace.DeviceGray or ColorSpace.CalGray, 1) => ("P4", (image.WidthInSamples + 7) / 8),
            _ => (string.Empty, 0),
        };

        var length = (long)bytesPerRow * image.HeightInSamples;
        if (magic.Length == 0 || samples.Length < length)
        {
            return null;
        }

        var header = Encoding.ASCII.GetBytes(magic == "P4"
            ? $"{magic}\n{image.WidthInSamples} {image.HeightInSamples}\n"
            : $"{magic}\n{image.WidthInSamples} {image.HeightInSamples}\n255\n");
        var pnm = new byte[header.Length + length];
        header.CopyTo(pnm, 0);
        samples.Span[..(int)length].CopyTo(pnm.AsSpan(header.Length));
        if (magic == "P4" && !IsInverted(image))
        {
            // PDF: 0 is black; PBM: 1 is black.
            foreach (ref var b in pnm.AsSpan(header.Length))
            {
                b = (byte)~b;
            }
        }

        return Pix.TryRead(pnm);
    }

    private static bool IsInverted(IPdfImage image) => image.Decode is [> 0.5, < 0.5, ..];
}
