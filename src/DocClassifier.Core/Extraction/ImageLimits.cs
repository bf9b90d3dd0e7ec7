namespace DocClassifier.Extraction;

/// <summary>Refuses images too large to decode safely, before any pixel is decoded.</summary>
internal static class ImageLimits
{
    public static void Check(long pixels, int width, int height, ExtractionOptions options)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ExtractionException(ExtractionErrorCode.CorruptFile, $"The image has an impossible size ({width} x {height}).");
        }

        if (pixels > options.MaxImagePixels)
        {
            throw new ExtractionException(
                ExtractionErrorCode.ImageTooLarge,
                $"The image is {width:N0} x {height:N0} pixels ({pixels / 1_000_000.0:N0} megapixels), over the limit of " +
                $"{options.MaxImagePixels / 1_000_000.0:N0} megapixels. Scan at 300 dpi or less.");
        }
    }
}
