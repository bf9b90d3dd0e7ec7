using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The median height of the character-sized connected components of a binary page (ink = 1): the
/// text size OCR cares about, whatever resolution the image states.
/// </summary>
internal static class GlyphHeight
{
    private const int MinGlyphs = 20;

    /// <summary>Null when the page has fewer than 20 character-like marks.</summary>
    public static double? Median(Pix binary) => Percentile(binary, 0.5);

    /// <summary>
    /// The height below which <paramref name="fraction"/> of the character-like marks lie. A CJK character
    /// often falls apart into several marks (radicals, strokes broken by thresholding) and Latin text has
    /// x-height letters: a high percentile is the height of whole characters.
    /// </summary>
    public static double? Percentile(Pix binary, double fraction)
    {
        ArgumentNullException.ThrowIfNull(binary);
        return Percentile(binary, fraction, binary.Height / 10, MinGlyphs);
    }

    /// <summary>
    /// The height below which <paramref name="fraction"/> of the marks no taller than <paramref name="tallest"/> lie; null
    /// when there are fewer than <paramref name="fewest"/>.
    /// </summary>
    public static double? Percentile(Pix binary, double fraction, int tallest, int fewest)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var boxes = LeptonicaApi.PixConnComp(binary.Pointer, IntPtr.Zero, 8);
        if (boxes == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var heights = new List<int>();
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(boxes); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(boxes, i, out _, out _, out var w, out var h);

                // Specks, rules and blocks are not characters.
                if (h >= 5 && h <= tallest && w <= h * 3)
                {
                    heights.Add(h);
                }
            }

            if (heights.Count < Math.Max(1, fewest))
            {
                return null;
            }

            heights.Sort();
            return heights[Math.Min(heights.Count - 1, (int)(heights.Count * fraction))];
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }
}
