using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The lines of writing in a table cell of a prepared (grey) page, which decide how it is read, and each line's part of the cell.</summary>
[TestFixture]
public class CellLinesTests
{
    private const int Resolution = 300;

    // A cell 0.42 inches high, as on a land office's list, with glyph-like marks 36 pixels high (about 9 points).
    private static readonly PixelRect Cell = new(100, 100, 900, 126);

    [Test]
    public void TwoLinesInACellUnderHalfAnInch_AreTwo()
    {
        using var page = Page(y => (y >= 108 && y < 144) || (y >= 168 && y < 204));

        var lines = CellLines.Find(page, Cell, Resolution);

        Assert.That(lines, Is.EqualTo(new[] { (108, 144), (168, 204) }));
        Assert.Multiple(() =>
        {
            // Each line is read from the cell's edge, or halfway to the line beside it.
            Assert.That(CellLines.Around(Cell, lines, 0), Is.EqualTo(new PixelRect(100, 100, 900, 56)));
            Assert.That(CellLines.Around(Cell, lines, 1), Is.EqualTo(new PixelRect(100, 156, 900, 70)));
        });
    }

    [Test]
    public void AShortLineThatAWhiteRowCrosses_IsOneLine()
    {
        // 合計 alone in a cell: a row of white between 合's roof and its 口 split it into two runs of ink, 16 and 13 pixels high.
        using var page = Page(y => (y >= 133 && y < 149) || (y >= 151 && y < 164));

        Assert.That(CellLines.Find(page, Cell, Resolution), Is.EqualTo(new[] { (133, 164) }));
    }

    [Test]
    public void OneLine_IsOne_AndAnEmptyCellHasNone()
    {
        using var oneLine = Page(y => y >= 145 && y < 181);
        using var empty = Page(_ => false);

        Assert.Multiple(() =>
        {
            Assert.That(CellLines.Find(oneLine, Cell, Resolution), Has.Count.EqualTo(1));
            Assert.That(CellLines.Find(empty, Cell, Resolution), Is.Empty);
        });
    }

    // Light paper with "characters" (dark blocks 30 pixels wide, 10 apart) on the rows the predicate takes.
    private static Pix Page(Func<int, bool> inkRow) =>
        GreyImages.Paint(1200, 400, (x, y) => x >= 130 && x < 900 && x % 40 < 30 && inkRow(y) ? 30 : 235);
}
