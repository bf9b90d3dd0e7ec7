namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the column of list numbers Tesseract's layout took for a line of vertical text: the 二 三 四 of <c>二、依據…</c>,
/// <c>三、依據…</c>, printed one above the other, came back as one narrow line three rows tall (<c>同司和</c>) beside rows
/// that start at their <c>、</c>. Each such piece, with the rows it should start.
/// </summary>
internal static class StackedMarks
{
    // Taller than this many times the page's median line height, and narrower than it is tall.
    private const double MinRows = 1.7;

    // A row starts at most this many line heights to the right of the piece (and may overlap it by half a height).
    private const double MaxGapRows = 2;

    private const int MinRowsBeside = 2;

    public static List<(int Index, List<int> Rows)> Find(IReadOnlyList<TextPiece> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<(int, List<int>)>();
        if (lines.Count <= MinRowsBeside)
        {
            return found;
        }

        var median = lines.Select(l => l.Box.Height).Order().ElementAt(lines.Count / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            var piece = lines[i].Box;
            if (piece.Height <= MinRows * median || piece.Width >= piece.Height)
            {
                continue;
            }

            var rows = Enumerable.Range(0, lines.Count).Where(j =>
            {
                var row = lines[j].Box;
                return j != i && row.Height <= MinRows * median
                    && row.X >= piece.X + piece.Width - (median / 2) && row.X <= piece.X + piece.Width + (MaxGapRows * median)
                    && Math.Min(row.Bottom, piece.Bottom) - Math.Max(row.Y, piece.Y) >= row.Height / 2;
            }).ToList();
            if (rows.Count >= MinRowsBeside)
            {
                found.Add((i, rows));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a row read again from the stack's left edge gained the list number it had lost: it started at its <c>、</c>
    /// and now starts with a number before it. Such a reading may be no longer than the first, which had made a mark or two
    /// more of the row's own glyphs (<c>、丸委託了他人代理申訪,</c> again as <c>二、丸委託他人代理申讓,</c>).
    /// </summary>
    public static bool GainsListNumber(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        return before.TrimStart().StartsWith('、') && ListNumbers.StartsWithNumber(after);
    }
}
