using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The grey closing the photo check measures the paper with, against its definition.</summary>
[TestFixture]
public class GreyRasterTests
{
    [TestCase(37, 23, 9)]
    [TestCase(40, 61, 24)]
    [TestCase(5, 7, 25)]
    [TestCase(1, 30, 3)]
    public void TheClosing_IsTheDarkestOfTheBrightestOverEachSquare(int width, int height, int size)
    {
        var random = new Random(width * 1000 + size);
        var pixels = new byte[width * height];
        random.NextBytes(pixels);
        var raster = new GreyRaster(width, height, pixels);

        var closed = raster.Close(size);

        var half = Math.Max(1, size / 2);
        var dilated = Square(pixels, width, height, half, max: true);
        Assert.That(closed.Pixels, Is.EqualTo(Square(dilated, width, height, half, max: false)));
    }

    // The brightest (darkest) value over the square of half-side `half` around each pixel, cut at the edges.
    private static byte[] Square(byte[] pixels, int width, int height, int half, bool max)
    {
        var result = new byte[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var best = max ? 0 : 255;
                for (var v = Math.Max(0, y - half); v <= Math.Min(height - 1, y + half); v++)
                {
                    for (var u = Math.Max(0, x - half); u <= Math.Min(width - 1, x + half); u++)
                    {
                        best = max ? Math.Max(best, pixels[(v * width) + u]) : Math.Min(best, pixels[(v * width) + u]);
                    }
                }

                result[(y * width) + x] = (byte)best;
            }
        }

        return result;
    }
}
