using System.Runtime.CompilerServices;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Phone photos of pages: a page whose image states no scanner resolution (none, or a camera's 72-96
/// dpi) and whose paper is unevenly lit is a photo. Only then: its background (the paper's shading,
/// found by closing the text away on a small copy) is divided out, the page's outline, when it stands
/// out from a darker surround, is warped back to a rectangle, and the page is rescaled so that its
/// characters come out <c>targetGlyphHeight</c> pixels tall, the size the scan pipeline reads best.
/// The result states <c>outputResolution</c>, so the scan preprocessing after it does not rescale again.
/// </summary>
internal sealed class PhotoNormalizer(int targetGlyphHeight, int outputResolution) : IPhotoNormalizer
{
    // Scanners state 100 dpi or more; cameras state nothing, 72 or 96.
    private const int MaxCameraResolution = 96;

    // Shading from the darkest to the brightest paper, as a share of the brightest: a flatbed scan's
    // paper varies by a few per cent, a photo's by far more (shadows, fall-off, the table around it).
    private const double MinUnevenness = 0.1;

    // The character height is the 80th percentile of the marks' heights (see GlyphHeight.Percentile).
    private const double WholeCharacterPercentile = 0.8;

    private const int BackgroundLongSide = 600;
    private const int MeasureLongSide = 2000;

    // A photo whose characters cannot be measured is only scaled down to this many pixels: by its area, not its
    // long side, so that a long receipt (1200 x 5000) keeps its small print.
    private const double FallbackPixels = 3000.0 * 3000.0;

    // Ink is counted from the usual threshold; faint print (a faded thermal roll: its ink is light grey after
    // flattening) has too few marks that dark, and is measured again at the lighter one.
    private const int InkThreshold = 160;
    private const int FaintInkThreshold = 215;

    public Pix? Normalize(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Depth == 1 || page.Resolution > MaxCameraResolution)
        {
            return null;
        }

        // Scans are turned away on a small copy: the check costs a scan a few milliseconds.
        var longSide = Math.Max(page.Width, page.Height);
        var backgroundScale = Math.Min(1.0, (double)BackgroundLongSide / longSide);
        var background = Background(page, backgroundScale);
        if (Unevenness(background) < MinUnevenness)
        {
            return null;
        }

        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
        var corners = PageOutline.Find(background);
        var (glyph, gain) = Measure(grey, background, backgroundScale);
        var scale = glyph is { } height ? Math.Clamp(targetGlyphHeight / height, 0.15, 4.0) : Math.Min(1.0, Math.Sqrt(FallbackPixels / ((double)page.Width * page.Height)));

        using var scaled = Math.Abs(scale - 1) < 0.05 ? null : Pix.Own(LeptonicaApi.PixScale(grey.Pointer, (float)scale, (float)scale), "scaling");
        var source = scaled ?? grey;
        var toSource = source.Width / (double)grey.Width;
        var result = corners is null
            ? Render(source, source.Width, source.Height, null, background, backgroundScale / toSource, gain)
            : Warp(source, corners.Select(c => (c.X / backgroundScale * toSource, c.Y / backgroundScale * toSource)).ToArray(), background, backgroundScale / toSource, gain);
        result.Resolution = outputResolution;
        return result;
    }

    /// <summary>What the normaliser sees in an image: its shading, the page outline (null when none), the character height and the ink's contrast gain.</summary>
    internal static (double Unevenness, bool Outline, double? GlyphHeight, double InkGain) Inspect(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
        var backgroundScale = Math.Min(1.0, (double)BackgroundLongSide / Math.Max(grey.Width, grey.Height));
        var background = Background(page, backgroundScale);
        var (glyph, gain) = Measure(grey, background, backgroundScale);
        return (Unevenness(background), PageOutline.Find(background) is not null, glyph, gain);
    }

    /// <summary>Shading from the darkest to the brightest paper, as a share of the brightest (0 for an even page).</summary>
    internal static double Unevenness(GreyRaster background)
    {
        ArgumentNullException.ThrowIfNull(background);
        var bright = background.Percentile(0.95);
        return bright == 0 ? 0 : (bright - background.Percentile(0.05)) / (double)bright;
    }

    // The paper without the text: a small copy closed with a square wider than any stroke or character.
    private static GreyRaster Background(Pix page, double scale)
    {
        using var small = Pix.Own(LeptonicaApi.PixScale(page.Pointer, (float)scale, (float)scale), "scaling");
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(small.Pointer, 0), "grey conversion");
        var raster = GreyRaster.From(grey);
        return raster.Close(Math.Max(9, Math.Max(raster.Width, raster.Height) / 25));
    }

    // Character height in the original's pixels and the ink's contrast gain, measured on a flattened copy of at most 2000 pixels.
    private static (double? GlyphHeight, double Gain) Measure(Pix grey, GreyRaster background, double backgroundScale)
    {
        var scale = Math.Min(1.0, (double)MeasureLongSide / Math.Max(grey.Width, grey.Height));
        using var small = scale < 1 ? Pix.Own(LeptonicaApi.PixScale(grey.Pointer, (float)scale, (float)scale), "scaling") : null;
        var source = small ?? grey;
        using var flat = Render(source, source.Width, source.Height, null, background, backgroundScale / (source.Width / (double)grey.Width), 1);
        var gain = FaintInk.Gain(GreyRaster.From(flat));
        foreach (var threshold in (int[])[InkThreshold, FaintInkThreshold])
        {
            using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(flat.Pointer, threshold), "binarisation");
            if (GlyphHeight.Percentile(binary, WholeCharacterPercentile) is { } height)
            {
                return (height * grey.Width / source.Width, gain);
            }
        }

        return (null, gain);
    }

    // The quadrilateral (clockwise from the top left) becomes an upright rectangle as wide and tall as its longer sides.
    private static Pix Warp(Pix source, (double X, double Y)[] corners, GreyRaster background, double backgroundPerSource, double gain)
    {
        static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        var width = (int)Math.Round(Math.Max(Distance(corners[0], corners[1]), Distance(corners[3], corners[2])));
        var height = (int)Math.Round(Math.Max(Distance(corners[0], corners[3]), Distance(corners[1], corners[2])));
        var toSource = Homography.Mapping([(0, 0), (width - 1, 0), (width - 1, height - 1), (0, height - 1)], corners);
        return Render(source, width, height, toSource, background, backgroundPerSource, gain);
    }

    /// <summary>
    /// Each output pixel is the source, sampled where <paramref name="toSource"/> maps it (bilinear), divided
    /// by the paper's brightness there: paper comes out white and ink keeps its contrast in the shade. The ink's
    /// darkness (255 less the value) is then multiplied by <paramref name="gain"/>: faint print is darkened.
    /// Without a transform each output pixel is its source pixel and a column's place on the paper is the same on
    /// every row, so that case skips the sampling arithmetic (the same image to the byte, in a fraction of the time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe Pix Render(Pix source, int width, int height, Homography? toSource, GreyRaster background, double backgroundPerSource, double gain)
    {
        var result = Pix.Own(LeptonicaApi.PixCreate(width, height, 8), "photo normalisation");
        var input = (byte*)LeptonicaApi.PixGetData(source.Pointer);
        var inputLine = 4 * LeptonicaApi.PixGetWpl(source.Pointer);
        var (sourceWidth, sourceHeight) = (source.Width, source.Height);
        var output = (byte*)LeptonicaApi.PixGetData(result.Pointer);
        var outputLine = 4 * LeptonicaApi.PixGetWpl(result.Pointer);
        var paperWidth = background.Width;
        var columns = toSource is null && width <= sourceWidth && height <= sourceHeight ? PaperPlaces(width, paperWidth, backgroundPerSource) : null;
        fixed (byte* paper = background.Pixels)
        {
            for (var y = 0; y < height; y++)
            {
                var row = output + ((long)y * outputLine);
                if (columns is null)
                {
                    for (var x = 0; x < width; x++)
                    {
                        var (sx, sy) = toSource is null ? (x, y) : toSource.Map(x, y);
                        var value = Sample(input, inputLine, sourceWidth, sourceHeight, sx, sy, 3);
                        var light = Sample(paper, paperWidth, paperWidth, background.Height, sx * backgroundPerSource, sy * backgroundPerSource, 0);
                        row[x ^ 3] = Shade(value, light, gain);
                    }

                    continue;
                }

                var (top, bottom, down) = PaperPlace(y * backgroundPerSource, background.Height);
                var above = paper + ((long)top * paperWidth);
                var below = paper + ((long)bottom * paperWidth);
                var pixels = input + ((long)y * inputLine);
                for (var x = 0; x < width; x++)
                {
                    var (left, right, across) = columns[x];
                    var light = (((above[left] * (1 - across)) + (above[right] * across)) * (1 - down))
                        + (((below[left] * (1 - across)) + (below[right] * across)) * down);
                    row[x ^ 3] = Shade(pixels[x ^ 3], light, gain);
                }
            }
        }

        return result;
    }

    // The pixel's value over the paper's brightness, its darkness then multiplied by the gain.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Shade(double value, double light, double gain)
    {
        var flat = Math.Min(255, value * 255 / Math.Max(light, 24));
        return (byte)Math.Max(0, 255 - ((255 - flat) * gain));
    }

    // Where each output column falls on the paper (its two neighbouring columns and the weight of the right one), as Sample finds it.
    private static (int Left, int Right, double Across)[] PaperPlaces(int width, int paperWidth, double paperPerPixel)
    {
        var places = new (int, int, double)[width];
        for (var x = 0; x < width; x++)
        {
            places[x] = PaperPlace(x * paperPerPixel, paperWidth);
        }

        return places;
    }

    private static (int Low, int High, double Weight) PaperPlace(double at, int length)
    {
        at = Math.Clamp(at, 0, length - 1);
        var low = (int)at;
        return (low, Math.Min(low + 1, length - 1), at - low);
    }

    // Bilinear sample at (x, y), clamped to the image; swizzle 3 reads Leptonica's big-endian words, 0 a plain array.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe double Sample(byte* data, int stride, int width, int height, double x, double y, int swizzle)
    {
        x = Math.Clamp(x, 0, width - 1);
        y = Math.Clamp(y, 0, height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, width - 1), y1 = Math.Min(y0 + 1, height - 1);
        double fx = x - x0, fy = y - y0;
        var top = (data[(y0 * (long)stride) + (x0 ^ swizzle)] * (1 - fx)) + (data[(y0 * (long)stride) + (x1 ^ swizzle)] * fx);
        var bottom = (data[(y1 * (long)stride) + (x0 ^ swizzle)] * (1 - fx)) + (data[(y1 * (long)stride) + (x1 ^ swizzle)] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }
}
