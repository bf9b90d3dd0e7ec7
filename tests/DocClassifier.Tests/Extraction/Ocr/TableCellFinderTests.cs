using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A table's cells are the white rectangles its rules enclose; where a rule is broken, the region it leaks into is no cell.</summary>
[TestFixture]
public class TableCellFinderTests
{
    private const int Resolution = 250;

    // A table of three rows and three columns, each cell 400 x 80 pixels inside rules 3 pixels thick.
    private const int Left = 100;
    private const int Top = 100;
    private const int CellWidth = 400;
    private const int CellHeight = 80;
    private const int Rule = 3;

    [Test]
    public void AWholeTable_GivesEachCell()
    {
        using var rules = Table();

        var cells = TableCellFinder.Find(rules, Resolution);

        Assert.That(cells, Has.Count.EqualTo(9));
    }

    [Test]
    public void ARegionABrokenRuleJoinsOverOtherCells_IsNoCell()
    {
        // The second row's last two cells are one (an address across the table); the rule between it and the first row's last
        // cell is broken (a fax). The two make one L-shaped white region, whose box lies over the first row's middle cell.
        using var rules = Table();
        Clear(rules, Left + (2 * (CellWidth + Rule)), Top + CellHeight + (2 * Rule), Rule, CellHeight);
        Clear(rules, Left + (2 * (CellWidth + Rule)) + Rule, Top + CellHeight + Rule, CellWidth, Rule);

        var cells = TableCellFinder.Find(rules, Resolution);

        Assert.Multiple(() =>
        {
            Assert.That(cells.Any(c => c.Height > CellHeight + Rule), Is.False, "the joined region is not a cell");
            Assert.That(cells, Has.Count.EqualTo(6), "the first row's first two cells, the second row's first, the third row");
        });
    }

    // Rules of a 3 x 3 table, ink = 1.
    private static Pix Table()
    {
        var rules = Pix.Own(LeptonicaApi.PixCreate(1600, 600, 1), "rules");
        for (var row = 0; row <= 3; row++)
        {
            Set(rules, Left, Top + (row * (CellHeight + Rule)), (3 * (CellWidth + Rule)) + Rule, Rule);
        }

        for (var column = 0; column <= 3; column++)
        {
            Set(rules, Left + (column * (CellWidth + Rule)), Top, Rule, (3 * (CellHeight + Rule)) + Rule);
        }

        return rules;
    }

    private static void Set(Pix pix, int x, int y, int width, int height) =>
        _ = LeptonicaApi.PixRasterop(pix.Pointer, x, y, width, height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);

    private static void Clear(Pix pix, int x, int y, int width, int height) =>
        _ = LeptonicaApi.PixRasterop(pix.Pointer, x, y, width, height, LeptonicaApi.RasterClear, IntPtr.Zero, 0, 0);
}
