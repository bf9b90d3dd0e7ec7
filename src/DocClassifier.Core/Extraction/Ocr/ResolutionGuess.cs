using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The resolution of an image that does not state one: a page-shaped image is taken to be an
/// A4 or Letter page (its short side about 8.3 inches); anything else gets the configured default.
/// </summary>
internal static class ResolutionGuess
{
    private const double PageShortSideInches = 8.3;
    private static readonly int[] ScannerResolutions = [100, 150, 200, 240, 300, 400, 600];

    public static int For(Pix image, int defaultResolution)
    {
        if (image.Resolution > 0)
        {
            return image.Resolution;
        }

        var (shortSide, longSide) = (Math.Min(image.Width, image.Height), Math.Max(image.Width, image.Height));
        var ratio = (double)shortSide / longSide;
        var guess = (int)Math.Round(shortSide / PageShortSideInches);
        if (ratio is < 0.64 or > 0.8 || guess is < 70 or > 650)
        {
            return defaultResolution;
        }

        // A4 (8.27 in) and Letter (8.5 in) differ by 3%: snap to the scanner setting it must have been.
        var nearest = ScannerResolutions.MinBy(r => Math.Abs(r - guess));
        return Math.Abs(nearest - guess) <= nearest * 0.05 ? nearest : guess;
    }
}
