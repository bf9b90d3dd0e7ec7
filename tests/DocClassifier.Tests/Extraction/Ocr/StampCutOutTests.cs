using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// A stamp's cut-out is what Tesseract reads of it: its characters, without the ring round them or the rules of the ruled
/// sheet it was set on.
/// </summary>
[TestFixture]
public class StampCutOutTests
{
    private const int Dpi = 250;
    private const int Size = 400;

    [Test]
    public void AStampsRing_AndARuleThroughIt_AreWhitened_ItsCharactersKept()
    {
        // A grey ring 1.2 inches across (its line 6 pixels), a light rule of a ruled sheet across it and the page, and inside
        // three marks the size of a stamp's small characters (a tenth of an inch).
        var pixels = PaintedPages.Paint(Size, (column, row) =>
            Math.Sqrt(Math.Pow(column - 200, 2) + Math.Pow(row - 200, 2)) is >= 144 and <= 150 || IsCharacter(column, row) ? (byte)120
                : row is >= 290 and < 293 ? (byte)150 : (byte)240);

        using var stamp = CutOut(pixels, new PixelRect(48, 48, 304, 304));

        var marks = InkMarks(stamp);
        Assert.Multiple(() =>
        {
            Assert.That(marks, Has.Count.EqualTo(3), "the three characters, and nothing else");
            Assert.That(marks.Max(m => m.Width), Is.LessThan(stamp.Width / 5), "no ring or rule across the cut-out");
        });
    }

    [Test]
    public void AFramesSides_CutApartWhereItCrossedText_AreWhitened()
    {
        // A received stamp's square frame (1.2 inches, its line 6 pixels) whose four sides were cut apart at the corners, where
        // the page's text crossed it and was whitened: four marks, each along a side, none across the cut-out both ways.
        var pixels = PaintedPages.Paint(Size, (column, row) =>
        {
            var inFrame = row is >= 50 and < 350 && column is >= 50 and < 350;
            var nearCorner = (row < 80 || row >= 320) && (column < 80 || column >= 320);
            var side = row < 56 || row >= 344 || column < 56 || column >= 344;
            return (inFrame && side && !nearCorner) || IsCharacter(column, row) ? (byte)120 : (byte)240;
        });

        using var stamp = CutOut(pixels, new PixelRect(48, 48, 304, 304));

        Assert.That(InkMarks(stamp), Has.Count.EqualTo(3), "the three characters, and no side of the frame");
    }

    [Test]
    public void ASealWhoseCharactersTouchItsFrame_IsKeptWhole()
    {
        // A square seal whose two strokes run from frame to frame (a seal's characters cut into the stone reach its edge): one
        // mark with much ink, not a ring.
        var pixels = PaintedPages.Paint(Size, (column, row) =>
        {
            var inSeal = row is >= 100 and < 300 && column is >= 100 and < 300;
            var frame = row < 108 || row >= 292 || column < 108 || column >= 292;
            var strokes = column is >= 150 and < 175 || column is >= 225 and < 250 || row is >= 190 and < 212;
            return inSeal && (frame || strokes) ? (byte)120 : (byte)240;
        });

        using var stamp = CutOut(pixels, new PixelRect(96, 96, 208, 208));

        Assert.That(InkMarks(stamp).Max(m => m.Width), Is.GreaterThan(stamp.Width / 3), "the seal, frame and strokes, is still there");
    }

    // Three marks the size of a stamp's small characters (a tenth of an inch), side by side in the middle of the page.
    private static bool IsCharacter(int column, int row) =>
        row is >= 190 and < 215 && (column is >= 130 and < 155 || column is >= 190 and < 215 || column is >= 250 and < 275);

    // The stamp within the box of a page of these pixels cut out, no text on the page; its ink lies between 90 and paper.
    private static Pix CutOut(byte[] pixels, PixelRect box)
    {
        using var page = Pix.FromGrey(pixels, Size, Size, Size, Dpi);
        using var text = Pix.Own(LeptonicaApi.PixCreate(Size, Size, 1), "test");
        return StampCutOut.Cut(page, text, box, Dpi, 90, 215);
    }

    private static List<PixelRect> InkMarks(Pix stamp)
    {
        using var ink = Pix.Own(LeptonicaApi.PixThresholdToBinary(stamp.Pointer, 128), "test");
        return ink.MarkBoxes();
    }
}
