namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// How much to darken a flattened photo's ink: faded print (a thermal roll, a pale carbon copy) is light grey
/// on white, and Tesseract reads strokes that faint poorly or drops them. The gain brings the typical ink's
/// darkness below the paper up to <see cref="TargetDarkness"/>; well-printed pages are already darker and keep 1.
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
        return Math.Clamp((double)TargetDarkness / Math.Max(1, darkness), 1, MaxGain);
    }
}
