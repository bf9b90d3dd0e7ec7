using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// A seal or received stamp as dark as the text (red ink scanned grey, or any stamp on a black and white scan) is found by
/// its frame, cut out to be read on its own and whitened; tables and text are not taken for one.
/// </summary>
[TestFixture]
public class StampFramesTests
{
    // Red ink at full strength scanned grey: too dark for SealEraser's grey-stamp search (its text cores are below 90).
    private const int RedInkGrey = 85;

    [Test]
    public void AStampAsDarkAsRedInkScannedGrey_IsCutOutAndWhitened_AndTheBlackTextUnderItKeepsItsCores()
    {
        using var page = StampedLetters.Render(withStamp: true, inkLevel: RedInkGrey);
        using var plain = StampedLetters.Render(withStamp: false);
        var (before, unstamped) = (GreyRaster.From(page), GreyRaster.From(plain));
        var textCores = Enumerable.Range(0, before.Pixels.Length).Where(i => unstamped.Pixels[i] < 30).ToList();
        var stamps = new List<StampImage>();

        var greyStampFound = SealEraser.Erase(page, StampedLetters.Dpi);
        var erased = StampFrames.Erase(page, StampedLetters.Dpi, stamps);

        var after = GreyRaster.From(page).Pixels;
        try
        {
            // The stamp's ink: where the unstamped page is paper, in the stamp's box (the stamp was drawn on a page of its own,
            // whose specks elsewhere are not the stamp's).
            var stampOnly = StampInk(before, unstamped, stamps, v => v < 150, v => v > 230);
            Assert.Multiple(() =>
            {
                Assert.That(greyStampFound, Is.False, "too dark for the grey-stamp search (else this test shows nothing)");
                Assert.That(erased, Is.True);
                Assert.That(stamps, Has.Count.EqualTo(1), "one stamp cut out");
                Assert.That(stampOnly, Has.Count.GreaterThan(2000), "the stamp's own ink (else this test shows nothing)");
                Assert.That(stampOnly.Count(i => after[i] < 200), Is.LessThan(stampOnly.Count / 20), "stamp pixels left");
                Assert.That(textCores.Count(i => after[i] >= 128), Is.LessThan(textCores.Count / 100), "text cores whitened");
            });
        }
        finally
        {
            stamps.ForEach(s => s.Dispose());
        }
    }

    [Test]
    public void AGreyRingJoinedByTheLinesItCrosses_IsWhitened_AndTheLinesKeepTheirCores()
    {
        // A grey ring (115) over four lines of black text: at the search's ink level the characters it crosses join its mark, and on
        // a page of bold print they made the darkest fifth of it, so the ring looked as dark as the text and its whole reach
        // was whitened with the lines under it (an outside set's refund letter under a grey 收文 ring: 29.4 % CER).
        const int Size = 800;
        var pixels = PaintedPages.Paint(Size, (column, row) =>
            PaintedPages.IsTextStroke(column - 150, row - 280, lines: 4) ? (byte)10 : Math.Sqrt(Math.Pow(column - 400, 2) + Math.Pow(row - 400, 2)) is >= 140 and <= 150 ? (byte)115 : (byte)255);

        using var page = Pix.FromGrey(pixels, Size, Size, Size, 250);
        var textCores = Enumerable.Range(0, pixels.Length).Where(i => pixels[i] == 10).ToList();
        var ring = Enumerable.Range(0, pixels.Length).Where(i => pixels[i] == 115).ToList();
        var stamps = new List<StampImage>();

        var erased = StampFrames.Erase(page, 250, stamps);

        stamps.ForEach(s => s.Dispose());
        var after = GreyRaster.From(page).Pixels;
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(ring.Count(i => after[i] < 200), Is.LessThan(ring.Count / 20), "ring pixels left");
            Assert.That(textCores.Count(i => after[i] >= 128), Is.Zero, "text cores whitened");
        });
    }

    [Test]
    public void AStampOnABlackAndWhiteScan_IsWhitenedWithWhatItEncloses_AndTheTextBesideItIsLeft()
    {
        // In black and white the stamp's ink and the text's are the same black: what the frame encloses goes with it.
        using var grey = StampedLetters.Render(withStamp: true, inkLevel: 0);
        using var page = BlackAndWhite(grey);
        using var plainGrey = StampedLetters.Render(withStamp: false);
        using var plain = BlackAndWhite(plainGrey);
        var (before, unstamped) = (GreyRaster.From(page), GreyRaster.From(plain));
        var stamps = new List<StampImage>();

        var erased = StampFrames.Erase(page, StampedLetters.Dpi, stamps);

        var after = GreyRaster.From(page).Pixels;
        var stampOnly = StampInk(before, unstamped, stamps, v => v == 0, v => v == 255);
        var box = stamps.Single().Box;
        var textBeside = Enumerable.Range(0, before.Pixels.Length)
            .Where(i => unstamped.Pixels[i] == 0 && !Near(box, i % before.Width, i / before.Width, 10)).ToList();
        stamps.ForEach(s => s.Dispose());
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(stampOnly, Has.Count.GreaterThan(2000), "the stamp's own ink (else this test shows nothing)");
            Assert.That(stampOnly.Count(i => after[i] < 128), Is.Zero, "stamp pixels left");
            Assert.That(textBeside.Count(i => after[i] != before.Pixels[i]), Is.Zero, "text beside the stamp changed");
        });
    }

    [Test]
    public void APageWithoutAStamp_IsLeftAsItIs()
    {
        using var page = StampedLetters.Render(withStamp: false);
        var before = GreyRaster.From(page).Pixels;
        var stamps = new List<StampImage>();

        var erased = StampFrames.Erase(page, StampedLetters.Dpi, stamps);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.False);
            Assert.That(stamps, Is.Empty);
            Assert.That(GreyRaster.From(page).Pixels, Is.EqualTo(before));
        });
    }

    [TestCase(1, 1, true)]
    [TestCase(1, 2, false)]
    [TestCase(2, 2, false)]
    public void AFrameIsAStamp_ATableOfCellsIsNot(int rows, int columns, bool isStamp)
    {
        // A 2 by 1.4 inch box ruled into cells: one cell is a stamp's frame; two or more are a small table of a form, whose
        // cells none enclose half of it.
        using var page = RuledBox(rows, columns);
        var before = GreyRaster.From(page).Pixels;

        var erased = StampFrames.Erase(page, StampedLetters.Dpi);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.EqualTo(isStamp));
            Assert.That(GreyRaster.From(page).Pixels.SequenceEqual(before), Is.EqualTo(!isStamp), "the page changed");
        });
    }

    [Test]
    [Category("Ocr")]
    public void ALetterUnderAStampAsDarkAsItsText_IsRead_WithTheStampsTextAfterIt()
    {
        // Measured when this was written, against the letter's text and the stamp's 收文 after it: CER 3.4 %; before the
        // frame search (the ring and 收文 read into the lines they cross) 9.6 %.
        using var page = StampedLetters.Render(withStamp: true, inkLevel: RedInkGrey);
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write("stamped-letter.png", page.Encode(LeptonicaApi.FormatPng))).Text;
        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(text, StampedLetters.Truth + "\n收文"), Is.LessThanOrEqualTo(0.045), text);
            Assert.That(text.TrimEnd().Split('\n')[^1], Does.Contain("收文"), "the stamp's text, read from its cut-out, ends the page's");
        });
    }

    // The pixels of the stamp's ink: inked on the stamped page, paper on the unstamped one, within the box of the one stamp
    // cut out.
    private static List<int> StampInk(GreyRaster stamped, GreyRaster unstamped, List<StampImage> stamps, Func<byte, bool> ink, Func<byte, bool> paper)
    {
        var box = stamps.Count == 1 ? stamps[0].Box : new PixelRect(0, 0, 0, 0);
        return [.. Enumerable.Range(0, stamped.Pixels.Length)
            .Where(i => ink(stamped.Pixels[i]) && paper(unstamped.Pixels[i]) && Near(box, i % stamped.Width, i / stamped.Width, 0))];
    }

    private static bool Near(PixelRect box, int x, int y, int margin) =>
        x >= box.X - margin && x < box.X + box.Width + margin && y >= box.Y - margin && y < box.Y + box.Height + margin;

    // The page thresholded to black and white, as an 8 bpp image (0 and 255).
    private static Pix BlackAndWhite(Pix grey)
    {
        var raster = GreyRaster.From(grey);
        var pixels = raster.Pixels.Select(v => v < 128 ? (byte)0 : (byte)255).ToArray();
        return Pix.FromGrey(pixels, raster.Width, raster.Height, raster.Width, StampedLetters.Dpi);
    }

    // A white 3 by 3 inch page with a box 2 by 1.4 inches ruled into rows and columns of cells (rules 4 pixels wide).
    private static Pix RuledBox(int rows, int columns)
    {
        const int Side = 3 * StampedLetters.Dpi;
        const int Rule = 4;
        var (left, top, width, height) = (100, 150, 2 * StampedLetters.Dpi, (int)(1.4 * StampedLetters.Dpi));
        var pixels = Enumerable.Repeat((byte)255, Side * Side).ToArray();
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                var (dx, dy) = (x - left, y - top);
                var onColumnRule = Enumerable.Range(0, columns + 1).Any(c => Math.Abs(dx - (c * (width - Rule) / columns)) < Rule / 2 + 1);
                var onRowRule = Enumerable.Range(0, rows + 1).Any(r => Math.Abs(dy - (r * (height - Rule) / rows)) < Rule / 2 + 1);
                if (onColumnRule || onRowRule)
                {
                    pixels[(y * Side) + x] = 0;
                }
            }
        }

        return Pix.FromGrey(pixels, Side, Side, Side, StampedLetters.Dpi);
    }
}
