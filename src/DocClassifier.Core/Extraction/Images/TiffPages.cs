using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Images;

/// <summary>The pages of a (multi-page) TIFF as PNG, for browsers, which cannot show TIFF.</summary>
public static class TiffPages
{
    public static int Count(byte[] tiff)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        var count = 0;
        nuint offset = 0;
        do
        {
            using var page = ImageFileExtractor.ReadTiffPage(tiff, ref offset, count + 1);
            count++;
        }
        while (offset != 0);
        return count;
    }

    /// <summary>Page <paramref name="number"/> (from 1) as PNG; null when the TIFF has fewer pages.</summary>
    public static byte[]? PageAsPng(byte[] tiff, int number)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        nuint offset = 0;
        for (var current = 1; current <= number; current++)
        {
            using var page = ImageFileExtractor.ReadTiffPage(tiff, ref offset, current);
            if (current == number)
            {
                return page.Encode(LeptonicaApi.FormatPng);
            }

            if (offset == 0)
            {
                return null;
            }
        }

        return null;
    }
}
