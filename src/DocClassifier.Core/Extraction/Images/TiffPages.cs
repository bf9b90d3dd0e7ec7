namespace DocClassifier.Extraction.Images;

/// <summary>
/// The pages of a (multi-page) TIFF as PNG, for browsers, which cannot show TIFF. Pages are counted from their
/// directories and each request decodes only its own page, after checking its size: a preview costs one page's
/// decoding, never the pages before it, and no more pages than the extraction's page limit are shown.
/// </summary>
public static class TiffPages
{
    /// <summary>How many pages the TIFF has, at most the page limit; no page is decoded.</summary>
    public static int Count(byte[] tiff, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        return TiffDirectories.Read(tiff, (options ?? new ExtractionOptions()).MaxPages, out _).Count;
    }

    /// <summary>Page <paramref name="number"/> (from 1) as PNG; null when the TIFF has fewer pages or the number is past the page limit.</summary>
    /// <exception cref="ExtractionException">The page is damaged or too large to decode.</exception>
    public static byte[]? PageAsPng(byte[] tiff, int number, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        options ??= new ExtractionOptions();
        if (number < 1 || number > options.MaxPages)
        {
            return null;
        }

        var headers = TiffDirectories.Read(tiff, number, out _);
        if (headers.Count < number)
        {
            return null;
        }

        var header = headers[number - 1];
        ImageLimits.Check(header.Pixels, header.Width, header.Height, options);
        using var page = ImageFileExtractor.ReadTiffPage(tiff, header, number);
        return page.Encode(Native.LeptonicaApi.FormatPng);
    }
}
