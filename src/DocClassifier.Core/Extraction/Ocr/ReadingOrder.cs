namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Puts table rows back among the page's other lines by height: a row is the cells whose middle
/// lies within the first cell's band, read left to right and joined by a space.
/// </summary>
internal static class ReadingOrder
{
    public static string Merge(IEnumerable<(int Top, string Text)> lines, IEnumerable<(PixelRect Cell, string Text)> cells)
    {
        var items = lines.Where(l => l.Text.Length > 0).ToList();
        var pending = cells.Where(c => c.Text.Length > 0).OrderBy(c => c.Cell.Y).ToList();
        while (pending.Count > 0)
        {
            var first = pending[0].Cell;
            var row = pending.Where(c => c.Cell.CenterY >= first.Y && c.Cell.CenterY <= first.Bottom).OrderBy(c => c.Cell.X).ToList();
            pending.RemoveAll(row.Contains);
            items.Add((first.Y, string.Join(' ', row.Select(c => c.Text))));
        }

        return string.Join('\n', items.OrderBy(i => i.Top).Select(i => i.Text)) + "\n";
    }
}
