using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>An empty table cell is told from one with writing in it, however small the writing.</summary>
[TestFixture]
public class BlankCellsTests
{
    private const int Resolution = 250;
    private static readonly PixelRect Cell = new(100, 100, 600, 80);

    [Test]
    public void ACellOfScanSpecks_IsEmpty()
    {
        using var ink = Ink();
        var random = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            var size = random.Next(1, 5);
            Mark(ink, random.Next(Cell.X, Cell.X + Cell.Width - 4), random.Next(Cell.Y, Cell.Y + Cell.Height - 4), size, size);
        }

        Assert.Multiple(() =>
        {
            Assert.That(BlankCells.HoldsOnlySpecks(ink, Cell, Resolution), Is.True);
            Assert.That(BlankCells.HoldsOnlySpecks(ink, new PixelRect(800, 100, 300, 80), Resolution), Is.True, "no ink at all");
        });
    }

    [TestCase(30, 40, TestName = "A character")]
    [TestCase(12, 3, TestName = "A dash")]
    [TestCase(7, 7, TestName = "An ideographic comma")]
    [TestCase(3, 9, TestName = "A thin upright stroke")]
    public void ACellWithOneSmallMark_IsNotEmpty(int width, int height)
    {
        using var ink = Ink();
        Mark(ink, 300, 130, width, height);

        Assert.That(BlankCells.HoldsOnlySpecks(ink, Cell, Resolution), Is.False);
    }

    [Test]
    public void WritingOutsideTheCell_DoesNotCount()
    {
        using var ink = Ink();
        Mark(ink, 300, 200, 30, 40);

        Assert.That(BlankCells.HoldsOnlySpecks(ink, Cell, Resolution), Is.True);
    }

    private static Pix Ink() => Pix.Own(LeptonicaApi.PixCreate(1200, 400, 1), "ink");

    private static void Mark(Pix ink, int x, int y, int width, int height) =>
        _ = LeptonicaApi.PixRasterop(ink.Pointer, x, y, width, height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
}
