using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>When a cell read line by line gives a table's rows its lines, and when its writing wraps and it stays whole.</summary>
[TestFixture]
public class AlignedCellLinesTests
{
    [Test]
    public void OnAFaxThatLostSomeRowRules_TheTwoLineCellsGiveTheirLines_AndTheTableReadsRowByRow()
    {
        // A faxed payment notice (tune half of ocr-pages): the tax numbers' column lost the rule under its first row, the taxes'
        // column the one under its second, the amounts' column none. Read as cells, the rows came out 房屋稅 925862147088
        // 322255242070 1,238,992 and 房屋稅 房屋稅 179465199720 860,700 1,806,271.
        var cells = new List<CellReading>
        {
            Cell(192, 711, 462, 83, "房屋稅"),
            Cell(663, 710, 621, 173, "925862147088 322255242070", (738, 772, "925862147088"), (828, 862, "322255242070")),
            Cell(1292, 710, 463, 84, "1,238,992"),
            Cell(191, 800, 464, 173, "房屋稅 房屋稅", (825, 864, "房屋稅"), (916, 954, "房屋稅")),
            Cell(1292, 800, 463, 83, "860,700"),
            Cell(663, 890, 621, 83, "179465199720"),
            Cell(1292, 890, 463, 83, "1,806,271"),
        };

        var rows = ReadingOrder.TableRows(AlignedCellLines.Pieces(cells)).Select(p => p.Text);

        Assert.That(rows, Is.EqualTo(new[] { "房屋稅 925862147088 1,238,992", "房屋稅 322255242070 860,700", "房屋稅 179465199720 1,806,271" }));
    }

    [Test]
    public void BesideACellAsHighWithOneLine_ACellsLinesAreItsWritingWrapped_AndItStaysWhole()
    {
        // A land value increment tax return's header (outside set B 031): 段小段 and 地號 in the middle of their cells, 面積( over
        // ㎡) and 權利 over 範圍 beside them.
        var cells = new List<CellReading>
        {
            Cell(100, 400, 300, 120, "段小段"),
            Cell(400, 400, 200, 120, "地號"),
            Cell(600, 400, 200, 120, "面積( ㎡)", (415, 455, "面積("), (465, 505, "㎡)")),
            Cell(800, 400, 200, 120, "權利 範圍", (415, 455, "權利"), (465, 505, "範圍")),
        };

        var pieces = AlignedCellLines.Pieces(cells).Select(p => p.Text);

        Assert.That(pieces, Is.EqualTo(new[] { "段小段", "地號", "面積( ㎡)", "權利 範圍" }));
    }

    [Test]
    public void ACellOfSeveralLinesWithNothingWrittenBesideIt_StaysWhole()
    {
        var cells = new List<CellReading>
        {
            Cell(600, 400, 900, 120, "臺北市中正區 重慶南路一段2號", (415, 455, "臺北市中正區"), (465, 505, "重慶南路一段2號")),
            Cell(100, 400, 500, 120, string.Empty),
        };

        Assert.That(AlignedCellLines.Pieces(cells).Select(p => p.Text), Is.EqualTo(new[] { "臺北市中正區 重慶南路一段2號", string.Empty }));
    }

    private static CellReading Cell(int x, int y, int width, int height, string text, params (int Top, int Bottom, string Text)[] lines) =>
        new(new PixelRect(x, y, width, height), text, lines.Length == 0 ? null : [.. lines.Select(l => (new PixelRect(x, l.Top, width, l.Bottom - l.Top), l.Text))]);
}
