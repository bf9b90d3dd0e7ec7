namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The pieces a table's rows are made of: a cell, or the lines of a cell read line by line when they stand beside lines of
/// every other cell of its row. Where a table has no rules between its rows (or a fax lost them), each cell of a row holds a
/// line of every row (房屋稅 / 房屋稅 beside two tax numbers beside two amounts), and read cell after cell the table came out
/// column by column. A cell's lines are the rows' when every written cell beside it holds several lines too or is a row of
/// them (much lower); beside a cell as high as it with one line (地號 beside 面積 over (㎡)), its writing wraps and stays whole.
/// </summary>
internal static class AlignedCellLines
{
    // Two cells are of one row when at least this share of the lower one's height is shared.
    private const double MinRowOverlap = 0.5;

    // A cell of one line beside a cell of several is one of the rows beside it when the other is this many times as high (a
    // fax's rows whose rules were lost in some columns and kept in others); as high as it, it is one row with it (段小段 in
    // the middle of a header whose other cells wrap).
    private const double MinRowsHeightRatio = 1.5;

    /// <summary>The cells (those read line by line with the boxes and texts of their lines), as pieces of the table's rows.</summary>
    public static IEnumerable<(PixelRect Box, string Text)> Pieces(IReadOnlyList<CellReading> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var written = cells.Where(c => c.Text.Length > 0).ToList();
        foreach (var cell in cells)
        {
            if (cell.Lines is { Count: >= 2 } lines && InRows(cell.Cell, written))
            {
                foreach (var line in lines)
                {
                    yield return line;
                }
            }
            else
            {
                yield return (cell.Cell, cell.Text);
            }
        }
    }

    private static bool InRows(PixelRect cell, List<CellReading> written)
    {
        var beside = written.Where(o => o.Cell != cell
            && PixelRect.SharedHeight(o.Cell, cell) >= MinRowOverlap * Math.Min(o.Cell.Height, cell.Height)).ToList();
        return beside.Count > 0 && beside.All(o => o.Lines is { Count: >= 2 } || o.Cell.Height * MinRowsHeightRatio <= cell.Height);
    }
}
