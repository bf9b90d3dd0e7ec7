namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// How much to darken a flattened photo's ink: faded print (a thermal roll, a pale carbon copy) is light grey
/// on white, and Tesseract reads strokes that faint poorly or drops them. The gain brings the typical ink's
/// darkness below the paper up to <see cref="TargetDarkness"/>; well-printed pages are already darker and keep 1, and a
/// page whose darkest ink is dark (only its median is light) is darkened a little at most.
/// </summary>
internal static class FaintInk
{
    /// <summary>Darkness below the paper (grey levels) the median ink pixel is brought to.</summary>
    public const int TargetDarkness = 100;

    /// <summary>At most this: more makes the paper's grain and JPEG noise into marks.</summary>
    public const double MaxGain = 3;

    // A pixel this much darker than the paper is ink (paper grain and JPEG noise after flattening stay within it).
    private const int InkMargin = 25;

    // Fewer ink pixels than this share is a blank page: nothing to measure.
    private const double MinInkShare = 0.002;

    // The darkest tenth of the ink tells faded print from print with show-through or shading around it: a faded roll's
    // darkest strokes are light too, while a receipt scanned with the back's print showing through (SROIE 10-18) has
    // black text and a median ink pixel that is mostly show-through. Darkened 1.9-2.6 times, that show-through became grey
    // blocks Tesseract took for pictures (receipt 17 read nothing); such a page is darkened at most this much (a
    // dot-matrix receipt photo's date was read only at its gain of 1.1).
    private const double CoreShare = 0.1;
    private const double MaxGainWithDarkCores = 1.2;

    /// <summary>The gain (1 to <see cref="MaxGain"/>) for a flattened page: paper at its median, ink what is clearly darker.</summary>
    public static double Gain(GreyRaster flat)
    {
        ArgumentNullException.ThrowIfNull(flat);
        var histogram = flat.Histogram();
        var paper = GreyRaster.Percentile(histogram, flat.Pixels.Length, 0.5);
        var inkLimit = paper - InkMargin;
        if (inkLimit <= 0)
        {
            return 1;
        }

        var ink = histogram[..inkLimit].Sum();
        if (ink < MinInkShare * flat.Pixels.Length)
        {
            return 1;
        }

        var median = GreyRaster.Percentile(histogram, ink, 0.5);
        var darkness = paper - median;
        var darkCores = paper - GreyRaster.Percentile(histogram, ink, CoreShare) >= TargetDarkness;
        return Math.Clamp((double)TargetDarkness / Math.Max(1, darkness), 1, darkCores ? MaxGainWithDarkCores : MaxGain);
    }
}
