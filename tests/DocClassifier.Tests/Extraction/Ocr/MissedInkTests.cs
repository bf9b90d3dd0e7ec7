using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The ink Tesseract's layout left unread: whole lines and pieces far from a line read, not the edges of its own boxes.</summary>
[TestFixture]
public class MissedInkTests
{
    private const int Width = 2000;
    private const int Height = 3000;

    // A row of glyphs 40 px tall, each 36 px wide with 6 px between them, from x over the given number of glyphs.
    private static List<(int Left, int Right)> Glyphs(int x, int count) => [.. Enumerable.Range(0, count).Select(i => (x + (i * 42), x + (i * 42) + 36))];

    [Test]
    public void ALineNothingWasReadOver_IsMissed()
    {
        var title = new InkLine(300, 360, Glyphs(800, 5));
        var body = new InkLine(400, 440, Glyphs(200, 20));

        var missed = MissedInk.Find([title, body], [new PixelRect(198, 398, 20 * 42, 44)], Width, Height);

        Assert.That(missed, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(missed[0].X, Is.LessThanOrEqualTo(800), "left");
            Assert.That(missed[0].X + missed[0].Width, Is.GreaterThanOrEqualTo(800 + (4 * 42) + 36), "right");
            Assert.That(missed[0].Y, Is.LessThanOrEqualTo(300), "top");
            Assert.That(missed[0].Bottom, Is.InRange(360, 400), "bottom: not into the next line");
        });
    }

    [Test]
    public void ALineReadWhole_OrAGlyphLeftOutsideItsBox_IsNotMissed()
    {
        var line = new InkLine(400, 440, Glyphs(200, 20));

        Assert.Multiple(() =>
        {
            Assert.That(MissedInk.Find([line], [new PixelRect(195, 395, 20 * 42, 50)], Width, Height), Is.Empty, "covered");

            // Two word boxes with the glyph between them (and the last one) outside both: Tesseract's boxes, not text left out.
            PixelRect[] words = [new(200, 398, (5 * 42) - 6, 44), new(200 + (6 * 42), 398, (13 * 42) - 6, 44)];
            Assert.That(MissedInk.Find([line], words, Width, Height), Is.Empty, "a glyph beside the boxes");
        });
    }

    [Test]
    public void APieceOfTheSameRowFarFromTheLineRead_IsMissed()
    {
        // A date at the right edge, in the same row as a line read on the left.
        var row = new InkLine(400, 440, [.. Glyphs(200, 10), .. Glyphs(1600, 5)]);

        var missed = MissedInk.Find([row], [new PixelRect(198, 398, 10 * 42, 44)], Width, Height);

        Assert.That(missed.Select(m => m.X), Is.EqualTo(new[] { 1600 - 12 }));
    }
}
