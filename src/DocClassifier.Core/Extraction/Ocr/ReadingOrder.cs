namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Puts recognised pieces in the order a person reads them: rows top to bottom, the pieces of one row left
/// to right (a line Tesseract split at a wide gap, a label and a date on one line, the cells of a table row),
/// and columns kept together: two blocks of several lines side by side are read whole, left one first.
/// Tesseract's own block order is not used: it puts a line's far end, or a lone line, after the blocks
/// below it (a wrapped sentence's second half came out after the signature).
/// </summary>
internal static class ReadingOrder
{
    // A piece belongs to a row when at least this share of its height lies within the row's.
    private const double MinRowOverlap = 0.5;

    /// <summary>The text of the pieces, one row a line, ending in a newline (empty when there is none).</summary>
    public static string Arrange(IReadOnlyList<TextPiece> pieces)
    {
        var units = Units(pieces.Where(p => p.Text.Trim().Length > 0).ToList());
        if (units.Count == 0)
        {
            return string.Empty;
        }

        var rows = new List<List<Unit>>();
        var (top, bottom) = (0, 0);
        foreach (var unit in units.OrderBy(u => u.Box.Y).ThenBy(u => u.Box.X))
        {
            var overlap = Math.Min(bottom, unit.Box.Bottom) - Math.Max(top, unit.Box.Y);
            if (rows.Count > 0 && overlap >= MinRowOverlap * Math.Min(unit.Box.Height, rows[^1].Min(u => u.Box.Height)))
            {
                rows[^1].Add(unit);
                bottom = Math.Max(bottom, unit.Box.Bottom);
                continue;
            }

            rows.Add([unit]);
            (top, bottom) = (unit.Box.Y, unit.Box.Bottom);
        }

        return string.Concat(rows.Select(row =>
        {
            var ordered = row.OrderBy(u => u.Box.X).ToList();
            return string.Join(ordered.Any(u => u.Lines > 1) ? '\n' : ' ', ordered.Select(u => u.Text)) + "\n";
        }));
    }

    /// <summary>A table's cells as rows: the cells whose middle lies within the first cell's band, left to right.</summary>
    public static IEnumerable<TextPiece> TableRows(IEnumerable<(PixelRect Cell, string Text)> cells)
    {
        var pending = cells.Where(c => c.Text.Length > 0).OrderBy(c => c.Cell.Y).ToList();
        while (pending.Count > 0)
        {
            var first = pending[0].Cell;
            var row = pending.Where(c => c.Cell.CenterY >= first.Y && c.Cell.CenterY <= first.Bottom).OrderBy(c => c.Cell.X).ToList();
            _ = pending.RemoveAll(row.Contains);
            var left = row.Min(c => c.Cell.X);
            var box = new PixelRect(left, first.Y, row.Max(c => c.Cell.X + c.Cell.Width) - left, first.Height);
            yield return new TextPiece(box, string.Join(' ', row.Select(c => c.Text)));
        }
    }

    // Column blocks (several lines, beside another such block) become one unit each; every other piece is its own.
    private static List<Unit> Units(List<TextPiece> pieces)
    {
        var blocks = pieces.Where(p => p.Block >= 0).GroupBy(p => p.Block)
            .Select(g => g.OrderBy(p => p.Box.Y).ToList())
            .Where(lines => lines.Count >= 2 && IsStack(lines))
            .Select(lines => (Lines: lines, Box: Union(lines)))
            .ToList();
        var columns = blocks.Where(b => blocks.Any(o => !ReferenceEquals(o.Lines, b.Lines) && SideBySide(b.Box, o.Box))).ToList();

        // A line Tesseract left out of its column's block (a block of its own) still belongs to the column it lies in.
        foreach (var piece in pieces.Where(p => !columns.Any(c => c.Lines.Contains(p))))
        {
            var middle = piece.Box.X + (piece.Box.Width / 2);
            var home = columns.FirstOrDefault(c => middle > c.Box.X && middle < c.Box.X + c.Box.Width
                && piece.Box.CenterY > c.Box.Y && piece.Box.CenterY < c.Box.Bottom);
            if (home.Lines is not null)
            {
                home.Lines.Add(piece);
            }
        }

        var inColumns = columns.SelectMany(c => c.Lines).ToHashSet();
        var units = columns.Select(c => new Unit(c.Box, string.Join('\n', c.Lines.OrderBy(l => l.Box.Y).Select(l => l.Text.Trim())), c.Lines.Count)).ToList();
        units.AddRange(pieces.Where(p => !inColumns.Contains(p)).Select(p => new Unit(p.Box, p.Text.Trim(), 1)));
        return units;
    }

    // Lines one under the other, none beside another, without a gap of more than three line heights.
    private static bool IsStack(List<TextPiece> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, below) = (lines[i - 1].Box, lines[i].Box);
            if (below.Y < above.Bottom - (above.Height / 2) || below.Y - above.Bottom > 3 * Math.Max(above.Height, below.Height))
            {
                return false;
            }
        }

        return true;
    }

    // Two blocks are columns when they share most of their height and not their width.
    private static bool SideBySide(PixelRect a, PixelRect b)
    {
        var vertical = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        var horizontal = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
        return horizontal <= 0 && vertical >= 0.5 * Math.Min(a.Height, b.Height);
    }

    private static PixelRect Union(IReadOnlyList<TextPiece> lines)
    {
        var (left, top) = (lines.Min(l => l.Box.X), lines.Min(l => l.Box.Y));
        return new PixelRect(left, top, lines.Max(l => l.Right) - left, lines.Max(l => l.Box.Bottom) - top);
    }

    private readonly record struct Unit(PixelRect Box, string Text, int Lines);
}
