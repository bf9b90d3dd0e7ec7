using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

[TestFixture]
public class QuarterTurnsTests
{
    // A page 200 x 100 pixels with a dark box at x 10-29, y 20-59.
    private const int Width = 200;
    private const int Height = 100;
    private static readonly OcrLine Box = new("box", 0.05, 0.2, 0.1, 0.4);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ALinePlacedOnTheTurnedPage_IsPlacedBackWhereItLayBeforeTheTurn(int quarterTurns)
    {
        using var page = PageWithBox();
        using var turned = QuarterTurns.Turn(page, quarterTurns);
        var onTurned = DarkBox(GreyRaster.From(turned));

        var back = QuarterTurns.Back([onTurned], quarterTurns).Single();

        Assert.That(new[] { back.Left, back.Top, back.Width, back.Height }, Is.EqualTo(new[] { Box.Left, Box.Top, Box.Width, Box.Height }).Within(1e-9));
    }

    [Test]
    public void APageTurnedAQuarter_LiesOnItsSide_AndAHalf_UpsideDown()
    {
        using var page = PageWithBox();
        using var quarter = QuarterTurns.Turn(page, 1);
        using var half = QuarterTurns.Turn(page, 2);

        Assert.Multiple(() =>
        {
            // Turned clockwise, the page's left edge is its top: the box, near the left, is near the top.
            Assert.That((quarter.Width, quarter.Height), Is.EqualTo((Height, Width)));
            Assert.That(DarkBox(GreyRaster.From(quarter)), Is.EqualTo(new OcrLine("box", 0.4, 0.05, 0.4, 0.1)));
            Assert.That(DarkBox(GreyRaster.From(half)), Is.EqualTo(new OcrLine("box", 0.85, 0.4, 0.1, 0.4)));
        });
    }

    [Test]
    public void AFaxTurnedAQuarter_HasItsResolutionsTurnedWithIt()
    {
        using var page = PageWithBox();
        _ = LeptonicaApi.PixSetResolution(page.Pointer, 204, 98);

        using var turned = QuarterTurns.Turn(page, 1);

        Assert.That((LeptonicaApi.PixGetXRes(turned.Pointer), LeptonicaApi.PixGetYRes(turned.Pointer)), Is.EqualTo((98, 204)));
    }

    private static Pix PageWithBox()
    {
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, (byte)255);
        for (var y = 20; y < 60; y++)
        {
            pixels.AsSpan((y * Width) + 10, 20).Clear();
        }

        return Pix.FromGrey(pixels, Width, Height, Width, 300);
    }

    // The dark pixels' bounding box as shares of the image.
    private static OcrLine DarkBox(GreyRaster raster)
    {
        var (left, top, right, bottom) = (raster.Width, raster.Height, 0, 0);
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                if (raster[x, y] < 128)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        return new OcrLine(
            "box",
            Math.Round((double)left / raster.Width, 5),
            Math.Round((double)top / raster.Height, 5),
            Math.Round((double)(right - left) / raster.Width, 5),
            Math.Round((double)(bottom - top) / raster.Height, 5));
    }
}
