using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A seal stamped over text is whitened in a grey scan; the text's ink is never touched.</summary>
[TestFixture]
public class SealEraserTests
{
    private const string Text = StampedLetters.Text;

    [Test]
    public void ASealOverText_IsWhitened_AndTheTextsInkIsKept()
    {
        using var page = Scan(withSeal: true);
        using var unstamped = Scan(withSeal: false);
        var before = GreyRaster.From(page).Pixels;

        var erased = SealEraser.Erase(page, 250);

        // The text's anti-aliased edges are seal-grey too: what counts is the grey the seal added.
        var after = GreyRaster.From(page).Pixels;
        var textGrey = Count(GreyRaster.From(unstamped).Pixels, v => v is >= 150 and < 200);
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(Count(after, v => v is >= 150 and < 200) - textGrey, Is.LessThan((Count(before, v => v is >= 150 and < 200) - textGrey) / 5), "seal-grey pixels left");
            Assert.That(Count(after, v => v < 135), Is.EqualTo(Count(before, v => v < 135)), "ink pixels");
        });
    }

    [Test]
    public void ASealsThinCharacters_AreWhitenedWithItsRing_AndLightMarksBesideItAreKept()
    {
        // A seal's characters have thinner strokes than its ring: a stroke not joined to the ring was left on the page and
        // read as a character (人 between an applicant's name and 簽名或蓋章).
        const int Size = 800;
        var pixels = Enumerable.Repeat((byte)255, Size * Size).ToArray();
        void Paint(int x, int y, int width, int height)
        {
            for (var row = y; row < y + height; row++)
            {
                Array.Fill(pixels, (byte)175, (row * Size) + x, width);
            }
        }

        for (var row = 0; row < Size; row++)
        {
            for (var column = 0; column < Size; column++)
            {
                var distance = Math.Sqrt(Math.Pow(column - 400, 2) + Math.Pow(row - 400, 2));
                if (distance is >= 110 and <= 122)
                {
                    pixels[(row * Size) + column] = 175;
                }
            }
        }

        Paint(340, 380, 60, 3); // thin strokes inside the ring, touching neither it nor each other's ring
        Paint(420, 350, 3, 80);
        Paint(560, 600, 3, 60); // a light thin mark outside the seal's box: a faint stroke of text
        using var page = Pix.FromGrey(pixels, Size, Size, Size, 250);

        var erased = SealEraser.Erase(page, 250);

        var after = GreyRaster.From(page);
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(after[400, 116], Is.EqualTo(255), "the ring");
            Assert.That(after[360, 381], Is.EqualTo(255), "a stroke inside the ring");
            Assert.That(after[421, 400], Is.EqualTo(255), "the other stroke inside the ring");
            Assert.That(after[561, 630], Is.EqualTo(175), "the mark outside the seal");
        });
    }

    [Test]
    public void APageWithoutASeal_IsLeftAsItIs()
    {
        using var page = Scan(withSeal: false);
        var before = GreyRaster.From(page).Pixels;

        var erased = SealEraser.Erase(page, 250);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.False);
            Assert.That(GreyRaster.From(page).Pixels, Is.EqualTo(before));
        });
    }

    [Test]
    public void APageOnGreyPaper_IsNotTakenForOneBigSeal()
    {
        // A thermal receipt or a tinted sheet scanned grey: the paper itself (205 here) is as light as a seal's ink, and
        // whitening it left only the darkest cores of the text.
        using var white = Scan(withSeal: false);
        var raster = GreyRaster.From(white);
        var tinted = raster.Pixels.Select(v => (byte)(60 + (v * 145 / 255))).ToArray();
        using var page = Pix.FromGrey(tinted, raster.Width, raster.Height, raster.Width, 250);

        var erased = SealEraser.Erase(page, 250);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.False);
            Assert.That(GreyRaster.From(page).Pixels, Is.EqualTo(tinted));
        });
    }

    [Test]
    public void ARuledGrainySheet_IsNotTakenForOneBigSeal()
    {
        // A letter on grey ruled paper (219) whose rules are blotted: the blots are broad light marks, and the rules join them
        // into one mark across the page. Whitened as a seal with its "middle", the page came back speckled and its Kai
        // text was read as Latin scraps. (Pieces of rule cut short by specks may go: the rules are painted out later.)
        using var page = RuledGrainySheet(withSeal: false, out var tinted);

        _ = SealEraser.Erase(page, 250);

        Assert.That(Changed(tinted, GreyRaster.From(page).Pixels, 0, tinted.Length), Is.LessThan(tinted.Length / 100), "pixels whitened");
    }

    [Test]
    public void ASealOnARuledGrainySheet_IsWhitened_AndThePaperIsLeftAlone()
    {
        using var page = RuledGrainySheet(withSeal: true, out var tinted);

        var erased = SealEraser.Erase(page, 250);

        var after = GreyRaster.From(page).Pixels;
        var half = tinted.Length / 2;
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(Changed(tinted, after, 0, half), Is.GreaterThan(5000), "the seal whitened");
            Assert.That(Changed(tinted, after, half, tinted.Length), Is.LessThan(half / 100), "pixels whitened in the lower half, far from the seal");
        });
    }

    [Test]
    [Category("Ocr")]
    public void A100DpiPage_ScaledUp_IsNotSearchedForSeals()
    {
        // A 100 dpi letter with a light tint over its upper fifth (a shaded box, a magazine's tinted panel): scaled up 2.5
        // times for OCR, the tint and the text's blurred strokes are what the seal search whitens.
        using var small = TintedLetterAt100Dpi();
        using var enlarged = Pix.Own(LeptonicaApi.PixScale(small.Pointer, 2.5f, 2.5f), "scaling");
        var before = GreyRaster.From(enlarged).Pixels;
        Assert.That(SealEraser.Erase(enlarged, 250) && !GreyRaster.From(enlarged).Pixels.SequenceEqual(before), Is.True, "the seal search whitens such a page (else this test shows nothing)");

        var options = new DocClassifier.Extraction.ExtractionOptions();
        using var searched = new LeptonicaPagePreprocessor(options.TargetResolution, options.DefaultResolution).Prepare(small);
        using var unsearched = new LeptonicaPagePreprocessor(options.TargetResolution, options.DefaultResolution, eraseSeals: false).Prepare(small);

        Assert.That(searched.Upscale, Is.GreaterThanOrEqualTo(2));
        Assert.That(GreyRaster.From(searched.Image).Pixels, Is.EqualTo(GreyRaster.From(unsearched.Image).Pixels));
    }

    [Test]
    public void AGreyReceivedStampOverText_IsWhitened_AndTheTextsCoresAreKept()
    {
        // A received stamp in grey ink (120) over black text: darker than a light seal, so the light-seal search takes its
        // strokes for text; Tesseract read its ring and characters into the lines under it (outside sets A-C).
        using var page = StampedLetters.Render(withStamp: true);
        using var plain = StampedLetters.Render(withStamp: false);
        var (before, unstamped) = (GreyRaster.From(page), GreyRaster.From(plain));
        var stampOnly = Enumerable.Range(0, before.Pixels.Length).Where(i => unstamped.Pixels[i] > 230 && before.Pixels[i] < 150).ToList();
        var textCores = Enumerable.Range(0, before.Pixels.Length).Where(i => unstamped.Pixels[i] < 60).ToList();

        var erased = SealEraser.Erase(page, StampDpi);

        var after = GreyRaster.From(page).Pixels;
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(stampOnly, Has.Count.GreaterThan(2000), "the stamp's own ink (else this test shows nothing)");
            Assert.That(stampOnly.Count(i => after[i] < 200), Is.LessThan(stampOnly.Count / 3), "stamp pixels left");
            Assert.That(textCores.Count(i => after[i] >= 90), Is.Zero, "text cores whitened");
        });
    }

    [Test]
    public void AGreyReceivedStampsCharacters_ApartFromItsFrame_AreWhitenedWithIt()
    {
        // A grey received stamp's frame (120) over four lines of black text, and a row of its characters (broad grey strokes)
        // between the second line and the third, apart from the frame. Only the frame and what reached into its pieces' own
        // boxes went, so the characters were left between the lines and joined them into one (an outside set's box of
        // notes: three lines read as one, 19.9 % CER). Light ink with a stamp's broad strokes within its box now goes with it.
        const int Size = 800;
        var pixels = PaintedPages.Paint(Size, (column, row) => IsText(column, row) ? (byte)10 : IsFrame(column, row) || IsStampCharacter(column, row) ? (byte)120 : (byte)255);

        using var page = Pix.FromGrey(pixels, Size, Size, Size, 250);
        var characters = Enumerable.Range(0, pixels.Length).Where(i => pixels[i] == 120 && IsStampCharacter(i % Size, i / Size)).ToList();
        var textCores = Enumerable.Range(0, pixels.Length).Where(i => pixels[i] == 10).ToList();

        var erased = SealEraser.Erase(page, 250);

        var after = GreyRaster.From(page).Pixels;
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(characters.Count(i => after[i] < 200), Is.LessThan(characters.Count / 20), "the stamp's characters left");
            Assert.That(textCores.Count(i => after[i] >= 90), Is.Zero, "text cores whitened");
        });

        // The stamp's frame: 400 by 350 pixels, its lines 8 wide.
        static bool IsFrame(int column, int row) =>
            column is >= 200 and < 600 && row is >= 250 and < 600 && (column < 208 || column >= 592 || row < 258 || row >= 592);

        // Two lines of text from 150 across, at 280 and 345, and two more at 490 and 555.
        static bool IsText(int column, int row) => PaintedPages.IsTextStroke(column - 150, row < 480 ? row - 280 : row - 490, lines: 2);

        // Five characters 40 pixels square, 12 apart, from 250 across and 410 down: a frame of 6-pixel strokes and a bar across.
        static bool IsStampCharacter(int column, int row)
        {
            var (x, y) = (column - 250, row - 410);
            return x is >= 0 and < 260 && y is >= 0 and < 40 && x % 52 < 40 && (x % 52 < 6 || x % 52 >= 34 || y < 6 || y >= 34 || y is >= 17 and < 23);
        }
    }

    [Test]
    public void GreyBodyText_IsNotTakenForAStamp()
    {
        // Body text printed in grey (cores about 100, as light as a received stamp's ink; Hei at 20 pt, strokes as broad as a
        // stamp's) below a black paragraph: its marks are characters, not a stamp's ring, and are left (searched without the
        // size a stamp has, such a page of outside set B lost its text: CER 17.3 -> 93.2 %).
        using var page = GreyTextPage(closeLines: false, withBlackText: true, out var before, out var greyFrom);
        Assert.That(BlackShare(before), Is.GreaterThanOrEqualTo(0.1), "the page's text is black (else the grey search does not run and this test shows nothing)");

        _ = SealEraser.Erase(page, StampDpi);

        Assert.That(GreyRaster.From(page).Pixels[greyFrom..], Is.EqualTo(before[greyFrom..]));
    }

    [Test]
    public void APageWhoseTextIsAllGrey_IsNotSearchedForGreyStamps()
    {
        // Faded thermal print, a light scan: all the text is grey (cores about 100), and lines set close together, closed
        // up, make marks of a stamp's size. On a page that also has black text they go as a stamp (shown first: else this
        // test shows nothing); a page without black text is not searched for grey stamps (a held-out SROIE receipt read at
        // 56.4 % CER when it was, 18.8 % before).
        using var mixed = GreyTextPage(closeLines: true, withBlackText: true, out var mixedBefore, out var greyFrom);
        _ = SealEraser.Erase(mixed, StampDpi);
        Assert.That(GreyRaster.From(mixed).Pixels[greyFrom..], Is.Not.EqualTo(mixedBefore[greyFrom..]), "close grey lines below black text are taken for a stamp");

        using var faded = GreyTextPage(closeLines: true, withBlackText: false, out var fadedBefore, out _);

        var erased = SealEraser.Erase(faded, StampDpi);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.False);
            Assert.That(GreyRaster.From(faded).Pixels, Is.EqualTo(fadedBefore));
        });
    }

    [Test]
    public void AGreyReceivedStamp_IsCutOutBeforeItIsWhitened()
    {
        using var page = StampedLetters.Render(withStamp: true);
        var stamps = new List<StampImage>();

        _ = SealEraser.Erase(page, StampDpi, stamps);

        try
        {
            Assert.That(stamps, Has.Count.EqualTo(1));
            var (box, image) = (stamps[0].Box, GreyRaster.From(stamps[0].Image));
            Assert.Multiple(() =>
            {
                Assert.That(box.Width, Is.InRange(StampDpi, 1.3 * StampDpi), "the stamp is 1.1 inch across");
                Assert.That(box.Height, Is.InRange(StampDpi, 1.3 * StampDpi));
                Assert.That(image.Pixels.Count(v => v < 128), Is.GreaterThan(1000), "the stamp's grey ink, stretched to black");
                Assert.That(image.Pixels.Count(v => v > 250), Is.GreaterThan(image.Pixels.Length / 2), "paper and the page's text are white");
            });
        }
        finally
        {
            stamps.ForEach(s => s.Dispose());
        }
    }

    [Test]
    public void AGreyStampsFrameWithinItsRing_IsCutOutOnce_WithTheRing()
    {
        // A stamp of a ring (1.2 inch) with a frame inside it (0.6 inch), both grey, apart: two stamp-sized marks, one stamp.
        // A black bar across the foot of the page is its text.
        const int Size = 800;
        var pixels = PaintedPages.Paint(Size, (column, row) =>
        {
            var distance = Math.Sqrt(Math.Pow(column - 400, 2) + Math.Pow(row - 350, 2));
            var inFrame = Math.Max(Math.Abs(column - 400), Math.Abs(row - 350)) is >= 67 and <= 75;
            return (distance is >= 140 and <= 150) || inFrame ? (byte)120 : row is >= 620 and < 700 ? (byte)20 : (byte)255;
        });

        using var page = Pix.FromGrey(pixels, Size, Size, Size, 250);
        var stamps = new List<StampImage>();

        _ = SealEraser.Erase(page, 250, stamps);

        try
        {
            Assert.That(stamps.Select(s => s.Box.Width).ToList(), Is.EqualTo(new[] { 301 }).Within(4), "the ring's box, once");
        }
        finally
        {
            stamps.ForEach(s => s.Dispose());
        }
    }

    [Test]
    [Category("Ocr")]
    public void ALetterUnderAGreyReceivedStamp_IsRead_WithTheStampsTextAfterIt()
    {
        // Measured when this was written, against the letter's text and the stamp's 收文 after it: CER 3.4 %; the stamp's text
        // read from its cut-out is the text's last line (before it was read, the page read at 3.5 % against the letter alone,
        // and at 5.6 % without the grey-stamp search: the ring and 收文 read into the lines they cross).
        using var page = StampedLetters.Render(withStamp: true);
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write("stamped-letter.png", page.Encode(LeptonicaApi.FormatPng))).Text;
        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(text, StampedLetters.Truth + "\n收文"), Is.LessThanOrEqualTo(0.045), text);
            Assert.That(text.TrimEnd().Split('\n')[^1], Does.Contain("收文"), "the stamp's text, read from its cut-out, ends the page's");
        });
    }

    private static Pix TintedLetterAt100Dpi()
    {
        using var letter = LatinScaleTests.LetterAt100Dpi();
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(letter.Pointer, 0), "grey");
        var raster = GreyRaster.From(grey);
        var pixels = raster.Pixels.ToArray();
        for (var i = 0; i < pixels.Length / 5; i++)
        {
            pixels[i] = Math.Min(pixels[i], (byte)195);
        }

        return Pix.FromGrey(pixels, raster.Width, raster.Height, raster.Width, 100);
    }

    // The scan on grey paper (219-224) with light rules (195, 3 pixels) every 75 rows across the page below its text, the
    // rule's ink spread in blots (8 pixels, 200) every 40 pixels along it, as the grain of a cheap ruled sheet does.
    private static Pix RuledGrainySheet(bool withSeal, out byte[] tinted)
    {
        using var white = Scan(withSeal);
        var raster = GreyRaster.From(white);
        var random = new Random(18);
        tinted = new byte[raster.Pixels.Length];
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                var paper = (y < raster.Height / 3 ? 10 : y % 75) switch
                {
                    < 3 => 195,
                    >= 72 when x % 40 < 8 => 200,
                    < 6 when x % 40 < 8 => 200,
                    _ => 219 + random.Next(6),
                };
                tinted[(y * raster.Width) + x] = (byte)(raster[x, y] * paper / 255);
            }
        }

        return Pix.FromGrey(tinted, raster.Width, raster.Height, raster.Width, 250);
    }

    private const int StampDpi = StampedLetters.Dpi;

    // Hei at 20 pt printed grey (cores 100), its lines as far apart as a paragraph's or 0.7 of that; below two black paragraphs
    // of Hei at 12 pt or alone. The page's pixels, and the index of the first pixel of the grey text's rows.
    private static Pix GreyTextPage(bool closeLines, bool withBlackText, out byte[] pixels, out int greyFrom)
    {
        const float Size = 20;
        var top = 0f;
        var (image, _) = OcrPageSet.Render(
            (page, _, _) =>
            {
                if (withBlackText)
                {
                    _ = page.Paragraph(Text, 12);
                    _ = page.Paragraph(Text, 12);
                }

                top = page.Y;
                if (closeLines)
                {
                    foreach (var line in Text.Chunk(20).Select(c => new string(c)))
                    {
                        page.Line(line, Size);
                        page.Y -= page.LineHeight(Size) * 0.3f;
                    }
                }
                else
                {
                    _ = page.Paragraph(Text, Size);
                }
            },
            OcrFaces.NotoSans,
            StampedLetters.Scan,
            seed: 18);
        using var black = GreyImages.Decode(image);
        var raster = GreyRaster.From(black);
        greyFrom = (int)top * raster.Width;
        var from = greyFrom;
        pixels = raster.Pixels.Select((v, i) => i < from ? v : (byte)(100 + (v * 155 / 255))).ToArray();
        return Pix.FromGrey(pixels, raster.Width, raster.Height, raster.Width, StampDpi);
    }

    // The share of the ink (darker than 215) that is darker than 90.
    private static double BlackShare(byte[] pixels) => (double)Count(pixels, v => v < 90) / Count(pixels, v => v < 215);

    private static Pix Scan(bool withSeal)
    {
        var (image, _) = OcrPageSet.Render(
            (page, _, _) =>
            {
                var top = page.Y;
                _ = page.Paragraph(Text, 12);
                if (withSeal)
                {
                    page.Stamp(page.Left + ((page.Right - page.Left) * 0.3f), top + 40, 1f, "稅務專用章", round: true);
                }
            },
            OcrFaces.UMing,
            new OcrPageScan(OcrPageScan.Grey, 250, 0.3f, 0),
            seed: 18);
        return GreyImages.Decode(image);
    }

    private static int Count(byte[] pixels, Func<byte, bool> wanted) => pixels.Count(wanted);

    private static int Changed(byte[] before, byte[] after, int from, int to) => Enumerable.Range(from, to - from).Count(i => before[i] != after[i]);
}
