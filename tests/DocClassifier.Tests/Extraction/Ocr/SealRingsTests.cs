using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;
using SkiaSharp;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A dark seal's ring over text is found and whitened before OCR; text, logos and frames are left.</summary>
[TestFixture]
public class SealRingsTests
{
    // Where the ring's centre lies on the 250 dpi letter (2067 pixels wide), in pixels.
    private const int RingX = 1489;
    private const int RingY = 400;

    private const string Letter = "我是胡添丁，住在嘉義縣太保市南華里四鄰祥和一路九號。這次收到的地價稅單子，要繳一萬七千多元，比去年多了快一倍，我看不懂為什麼。房子很舊了，是民國六十幾年蓋的磚造房子，有一半都沒有在用，稅怎麼會越繳越多？我對這次的地價稅不服，聽說可以在期限裡面申請復查，請你們重新查一查、算一算。";

    [Test]
    public void ARingThatALineRunsThrough_IsFound_AndCharactersAFilledDiscALongFrameAndARingInTheMarginAreNot()
    {
        // 250 dpi: a line of character-sized blocks running through a ring 1.2 inches across (5 pixels thick) and past a filled
        // disc an inch across (a logo); a frame 6 inches wide around a paragraph; a second ring alone in the bottom margin.
        using var grey = GreyImages.Paint(2000, 1800, (x, y) =>
        {
            var ring = Math.Sqrt(Math.Pow(x - 400, 2) + Math.Pow(y - 400, 2));
            var lone = Math.Sqrt(Math.Pow(x - 1000, 2) + Math.Pow(y - 1600, 2));
            var disc = Math.Sqrt(Math.Pow(x - 1200, 2) + Math.Pow(y - 400, 2));
            var character = y is >= 380 and < 420 && x % 60 < 40;
            var frame = x is >= 250 and < 1750 && y is >= 900 and < 1300 && (x < 255 || x >= 1745 || y < 905 || y >= 1295);
            return ring is >= 148 and < 153 || lone is >= 148 and < 153 || disc < 125 || character || frame ? 0 : 255;
        });
        using var ink = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarising");

        using var rings = SealRings.Find(ink, 250);

        Assert.That(rings, Is.Not.Null);
        using var shown = Pix.Own(LeptonicaApi.PixConvertTo8(rings!.Pointer, 0), "grey");
        var found = GreyRaster.From(shown);
        Assert.Multiple(() =>
        {
            Assert.That(found[400, 250], Is.EqualTo(0), "the ring (set pixels are black once converted)");
            Assert.That(found[1200, 400], Is.EqualTo(255), "the disc");
            Assert.That(found[1620, 400], Is.EqualTo(255), "a character");
            Assert.That(found[1000, 902], Is.EqualTo(255), "the frame");
            Assert.That(found[1000, 1450], Is.EqualTo(255), "the ring in the margin");
        });
    }

    [Test]
    public void APageWithoutRings_HasNone()
    {
        using var page = Letterhead(withRing: false);
        using var ink = Pix.Own(LeptonicaApi.PixThresholdToBinary(page.Pointer, 128), "binarising");

        Assert.That(SealRings.Find(ink, 250), Is.Null);
    }

    [Test]
    public void APreparedPage_HasADarkSealsRingWhitened_AndItsTextKept()
    {
        // A received stamp's ring, black on a black-and-white scan, over a letter's lines: Tesseract took it (with the stamp's
        // large characters) for a picture and dropped the lines it crossed, their parts far from it too (outside set A's
        // 1-bit letter: three of five lines lost, CER 46 %).
        var options = new DocClassifier.Extraction.ExtractionOptions();
        var preprocessor = new LeptonicaPagePreprocessor(options.TargetResolution, options.DefaultResolution);
        using var stamped = Letterhead(withRing: true);
        using var plain = Letterhead(withRing: false);

        using var prepared = preprocessor.Prepare(stamped);
        using var unstamped = preprocessor.Prepare(plain);

        var (after, without) = (GreyRaster.From(prepared.Image), GreyRaster.From(unstamped.Image));
        int Dark(GreyRaster image, int fromX, int toX) =>
            Enumerable.Range(0, image.Height).Sum(y => Enumerable.Range(fromX, toX - fromX).Count(x => image[x, y] < 128));
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(-20, 41).Min(dx => after[RingX + dx, RingY + 148]), Is.GreaterThan(200), "the ring's bottom, below the text");
            Assert.That(Dark(after, 0, RingX - 200), Is.EqualTo(Dark(without, 0, RingX - 200)), "the text left of the ring");
        });
    }

    // The letter at 250 dpi, grey; with a black ring 1.2 inches across over its five lines, right of their middle.
    private static Pix Letterhead(bool withRing)
    {
        var (image, _) = OcrPageSet.Render(
            (page, _, _) =>
            {
                _ = page.Paragraph(Letter, 14);
                if (withRing)
                {
                    // The stamp's own large characters, inside the ring drawn below.
                    page.Y = 340;
                    page.Line("收文", 30, SKTextAlign.Left, indentEm: 11.6f);
                }
            },
            OcrFaces.UMing,
            new OcrPageScan(OcrPageScan.Grey, 250, 0f, 0),
            seed: 18);
        using var grey = GreyImages.Decode(image);
        var raster = GreyRaster.From(grey);
        var (centreX, centreY) = (RingX, RingY);
        var stamped = GreyImages.Paint(raster.Width, raster.Height, (x, y) =>
        {
            var distance = Math.Sqrt(Math.Pow(x - centreX, 2) + Math.Pow(y - centreY, 2));
            return withRing && distance is >= 145 and < 151 ? 0 : raster[x, y];
        });
        stamped.Resolution = 250;
        return stamped;
    }
}
