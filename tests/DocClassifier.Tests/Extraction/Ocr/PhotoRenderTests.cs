using DocClassifier.Extraction.Ocr;
using static DocClassifier.Tests.Support.GreyImages;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The photo's flattening (and warping) against its definition, pixel for pixel.</summary>
[TestFixture]
public class PhotoRenderTests
{
    [TestCase(301, 257, 61, 52, 1.0, TestName = "Unwarped, the paper at a fifth of the size")]
    [TestCase(97, 140, 97, 140, 1.7, TestName = "Unwarped, the paper as large as the page, faint ink darkened")]
    [TestCase(64, 33, 7, 5, 1.2, TestName = "Unwarped, a paper smaller than a tenth")]
    public void AnUnwarpedPage_IsTheDefinitionToTheByte(int width, int height, int paperWidth, int paperHeight, double gain)
    {
        using var page = ScanLike(width, height, seed: width + height);
        var paper = Paper(paperWidth, paperHeight);

        using var rendered = PhotoNormalizer.Render(page, width, height, null, paper, paperWidth / (double)width, gain);

        Assert.That(Bytes(rendered), Is.EqualTo(Definition(page, width, height, null, paper, paperWidth / (double)width, gain)));
    }

    [Test]
    public void AWarpedPage_IsTheDefinitionToTheByte()
    {
        using var page = ScanLike(211, 173, seed: 5);
        var paper = Paper(43, 35);
        (double, double)[] corners = [(12.5, 8), (200, 14.25), (190, 160), (3, 170.5)];
        var toSource = Homography.Mapping([(0, 0), (179, 0), (179, 149), (0, 149)], corners);

        using var rendered = PhotoNormalizer.Render(page, 180, 150, toSource, paper, 43 / 211.0, 1.3);

        Assert.That(Bytes(rendered), Is.EqualTo(Definition(page, 180, 150, toSource, paper, 43 / 211.0, 1.3)));
    }

    // Shaded paper: brighter to the right, with a few dark spots (the closing leaves some).
    private static GreyRaster Paper(int width, int height)
    {
        var random = new Random(width * height);
        var pixels = new byte[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(random.Next(8) == 0 ? random.Next(0, 40) : 120 + (120 * (i % width) / width) + random.Next(0, 15));
        }

        return new GreyRaster(width, height, pixels);
    }

    // Each output pixel: the page sampled bilinearly where the transform maps it, over the paper sampled bilinearly
    // at the same place, brought to 255 and its darkness multiplied by the gain.
    private static byte[] Definition(DocClassifier.Extraction.Native.Pix page, int width, int height, Homography? toSource, GreyRaster paper, double paperPerPixel, double gain)
    {
        var source = Bytes(page);
        var result = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (sx, sy) = toSource is null ? (x, y) : toSource.Map(x, y);
                var value = Bilinear(source, page.Width, page.Height, sx, sy);
                var light = Bilinear(paper.Pixels, paper.Width, paper.Height, sx * paperPerPixel, sy * paperPerPixel);
                var flat = Math.Min(255, value * 255 / Math.Max(light, 24));
                result[(y * width) + x] = (byte)Math.Max(0, 255 - ((255 - flat) * gain));
            }
        }

        return result;
    }

    private static double Bilinear(byte[] pixels, int width, int height, double x, double y)
    {
        x = Math.Clamp(x, 0, width - 1);
        y = Math.Clamp(y, 0, height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, width - 1), y1 = Math.Min(y0 + 1, height - 1);
        double fx = x - x0, fy = y - y0;
        var top = (pixels[(y0 * width) + x0] * (1 - fx)) + (pixels[(y0 * width) + x1] * fx);
        var bottom = (pixels[(y1 * width) + x0] * (1 - fx)) + (pixels[(y1 * width) + x1] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }

    private static byte[] Bytes(DocClassifier.Extraction.Native.Pix grey) => GreyRaster.From(grey).Pixels;
}
