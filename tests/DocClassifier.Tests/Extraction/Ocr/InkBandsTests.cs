using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The bands of ink that Tesseract lays out instead of the whole page: lines of text, never specks.</summary>
[TestFixture]
public class InkBandsTests
{
    private const int Resolution = 250;
    private const int Width = 2000;
    private const int Height = 3000;

    [Test]
    public void EachBlockOfText_IsOneBand_AndScanSpecksMakeNone()
    {
        using var page = Page();
        Specks(page);
        TextLine(page, 300);
        TextLine(page, 360);
        TextLine(page, 1500);

        var bands = InkBands.Find(page, Resolution);

        Assert.That(bands, Has.Count.EqualTo(2), string.Join(", ", bands));
        Assert.Multiple(() =>
        {
            Assert.That(bands[0].Y, Is.InRange(300 - (Resolution / 2), 300), "first band's top");
            Assert.That(bands[0].Bottom, Is.InRange(360 + 40, 360 + 40 + (Resolution / 2)), "first band's bottom");
            Assert.That(bands[1].Y, Is.InRange(1500 - (Resolution / 2), 1500), "second band's top");
            Assert.That(bands[1].Bottom, Is.InRange(1540, 1540 + (Resolution / 2)), "second band's bottom");
        });
    }

    [Test]
    public void APageOfSpecksOnly_HasNoBand()
    {
        using var page = Page();
        Specks(page);

        Assert.That(InkBands.Find(page, Resolution), Is.Empty);
    }

    [Test]
    public void ABand_IsNeverTheImagesWholeWidth()
    {
        // Tesseract 5.3 misreads a rectangle exactly as wide as the image.
        using var page = Page();
        TextLine(page, 500, left: 0, right: Width);

        var band = InkBands.Find(page, Resolution).Single();

        Assert.That(band.X + band.Width, Is.LessThan(Width));
    }

    private static Pix Page() => Pix.Own(LeptonicaApi.PixCreate(Width, Height, 1), "page");

    // A line of "characters" 40 pixels high, as a scanned text line is at 250 dpi.
    private static void TextLine(Pix page, int top, int left = 100, int right = 1100)
    {
        for (var x = left; x + 30 <= right; x += 40)
        {
            Ink(page, x, top, 30, 40);
        }
    }

    // Dots of 1-3 pixels, close enough that several fall on most rows.
    private static void Specks(Pix page)
    {
        var random = new Random(7);
        for (var i = 0; i < 6000; i++)
        {
            var size = random.Next(1, 4);
            Ink(page, random.Next(Width - 3), random.Next(Height - 3), size, size);
        }
    }

    private static void Ink(Pix page, int x, int y, int width, int height) =>
        _ = LeptonicaApi.PixRasterop(page.Pointer, x, y, width, height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
}
