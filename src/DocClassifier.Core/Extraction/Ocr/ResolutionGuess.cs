using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The resolution of an image that does not state one. A page-shaped image is taken to be an A4 or
/// Letter page (short side about 8.3 inches); anything else (receipts, photos, cut-outs) is judged by
/// the height of its characters, taking body text to be about 40 pixels tall at 300 dpi.
/// </summary>
internal static class ResolutionGuess
{
    private const double PageShortSideInches = 8.3;
    private const double GlyphHeightAt300Dpi = 40;
    private static readonly int[] ScannerResolutions = [100, 150, 200, 240, 300, 400, 600];

    public static int For(Pix image, int defaultResolution)
    {
        if (image.Resolution > 0)
        {
            return image.Resolution;
        }

        if (FromPageShape(image.Width, image.Height) is { } page)
        {
            return page;
        }

        var glyph = MedianGlyphHeight(image);
        return glyph is null ? defaultResolution : Math.Clamp((int)Math.Round(300 * glyph.Value / GlyphHeightAt300Dpi), 70, 600);
    }

    /// <summary>The resolution of a page-shaped image (an A4 or Letter page) from its size alone; null for other shapes.</summary>
    public static int? FromPageShape(int width, int height)
    {
        var (shortSide, longSide) = (Math.Min(width, height), Math.Max(width, height));
        var ratio = (double)shortSide / longSide;
        var guess = (int)Math.Round(shortSide / PageShortSideInches);
        if (ratio is >= 0.64 and <= 0.8 && guess is >= 70 and <= 650)
        {
            // A4 (8.27 in) and Letter (8.5 in) differ by 3%: snap to the scanner setting it must have been.
            var nearest = ScannerResolutions.MinBy(r => Math.Abs(r - guess));
            return Math.Abs(nearest - guess) <= nearest * 0.05 ? nearest : guess;
        }

        return null;
    }

    private static double? MedianGlyphHeight(Pix image)
    {
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(image.Pointer, 0), "grey conversion");
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
        var boxes = LeptonicaApi.PixConnComp(binary.Pointer, IntPtr.Zero, 8);
        if (boxes == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var heights = new List<int>();
            var tallest = image.Height / 10;
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(boxes); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(boxes, i, out _, out _, out var w, out var h);
                if (h is >= 5 && h <= tallest && w <= h * 3)
                {
                    heights.Add(h);
                }
            }

            if (heights.Count < 20)
            {
                return null;
            }

            heights.Sort();
            return heights[heights.Count / 2];
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }
}
