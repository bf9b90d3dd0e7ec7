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
    private const int MinColumnLines = 4;

    // Two cells side by side are of a row's height when the taller is less than this many times the other's height.
    private const double MaxPairedHeightRatio = 1.5;

    // A column of at least this many lines, this share of them ending in a colon and on a row with a line beside them, is a
    // form's labels.
    private const int MinLabelRows = 3;
    private const double MinLabelShare = 0.6;

    /// <summary>The text of the pieces, one row a line, ending in a newline (empty when there is none).</summary>
    public static string Arrange(IReadOnlyList<TextPiece> pieces)
    {
        var units = Units(pieces.Where(p => p.Text.Trim().Length > 0).ToList());
        return string.Concat(Lines(units).Select(l => l + "\n"));
    }

    private static IEnumerable<string> Lines(List<Unit> units)
    {
        if (units.Count == 0)
        {
            yield break;
        }

        // A line much taller than the others (a seal read as text over two lines) joins the row its middle is on,
        // and does not pull the next line into that row.
        var lineHeight = units.Where(u => u.Lines == 1).Select(u => u.Box.Height).Order().ElementAtOrDefault(units.Count(u => u.Lines == 1) / 2);
        PixelRect Extent(Unit unit) => unit.Lines == 1 && lineHeight > 0 && unit.Box.Height > 1.8 * lineHeight
            ? new PixelRect(unit.Box.X, unit.Box.CenterY - (lineHeight / 2), unit.Box.Width, lineHeight)
            : unit.Box;

        var rows = new List<List<Unit>>();
        var (top, bottom) = (0, 0);
        foreach (var unit in units.OrderBy(u => Extent(u).Y).ThenBy(u => u.Box.X))
        {
            var box = Extent(unit);
            var overlap = Math.Min(bottom, box.Bottom) - Math.Max(top, box.Y);
            if (rows.Count > 0 && overlap >= MinRowOverlap * Math.Min(box.Height, rows[^1].Min(u => Extent(u).Height)))
            {
                rows[^1].Add(unit);
                bottom = Math.Max(bottom, box.Bottom);
                continue;
            }

            rows.Add([unit]);
            (top, bottom) = (box.Y, box.Bottom);
        }

        foreach (var row in rows)
        {
            var columns = Stacks(row.Where(u => u.Lines > 1)).SelectMany(s => s.OrderBy(u => u.Box.Y)).ToList();
            if (columns.Count == 0)
            {
                yield return string.Join(' ', row.OrderBy(u => u.Box.X).Select(u => u.Text));
                continue;
            }

            // Beside columns, the other lines of the row are read region by region between the columns, each in its own order.
            var regions = row.Where(u => u.Lines == 1).GroupBy(u => columns.Count(c => c.Box.X + (c.Box.Width / 2) < u.Box.X + (u.Box.Width / 2))).ToDictionary(g => g.Key, g => g.ToList());
            for (var i = 0; i <= columns.Count; i++)
            {
                if (regions.TryGetValue(i, out var region))
                {
                    foreach (var line in Lines(region))
                    {
                        yield return line;
                    }
                }

                if (i < columns.Count)
                {
                    yield return columns[i].Text;
                }
            }
        }
    }

    // Columns left to right; one above another in the same place (a column's blocks that stayed apart, beside a longer
    // column whose row holds both) top to bottom. A column shares the place of those before it when half the narrower's width is shared.
    private static List<List<Unit>> Stacks(IEnumerable<Unit> columns)
    {
        var stacks = new List<List<Unit>>();
        foreach (var column in columns.OrderBy(u => u.Box.X))
        {
            var stack = stacks.Find(s => s.Any(u => PixelRect.SharedWidth(u.Box, column.Box) >= 0.5 * Math.Min(u.Box.Width, column.Box.Width)));
            if (stack is null)
            {
                stacks.Add([column]);
            }
            else
            {
                stack.Add(column);
            }
        }

        return stacks;
    }

    /// <summary>
    /// A table's cells as rows, left to right: the row is the band of the cell that ends first, with every cell whose middle
    /// is within that band or that reaches across the band's middle. A cell spanning several rows (a label beside three lines
    /// of amounts, a stamp's box) joins the first of them; taken as a row's band itself, it pulled all their cells into one
    /// line, labels first and amounts after.
    /// </summary>
    public static IEnumerable<TextPiece> TableRows(IEnumerable<(PixelRect Cell, string Text)> cells)
    {
        var pending = cells.Where(c => c.Text.Length > 0).OrderBy(c => c.Cell.Y).ToList();

        // A row's band comes from a cell with a cell of about its height beside it, or with none much taller: a sliver beside a
        // taller cell and alone (a stamp's frame cut a strip out of a row's last cell) joins that row instead of giving it its
        // own thin band.
        bool GivesBand(PixelRect cell)
        {
            var beside = pending.Select(o => o.Cell).Where(o => o != cell && Across(o, cell.CenterY)).ToList();
            return !beside.Any(o => o.Height >= MaxPairedHeightRatio * cell.Height)
                || beside.Any(o => Math.Max(o.Height, cell.Height) < MaxPairedHeightRatio * Math.Min(o.Height, cell.Height));
        }

        var bands = pending.Where(c => GivesBand(c.Cell)).ToHashSet();
        while (pending.Count > 0)
        {
            var anchors = pending.Where(bands.Contains).ToList();
            var first = (anchors.Count > 0 ? anchors : pending).MinBy(c => c.Cell.Bottom).Cell;
            var row = pending.Where(c => Across(first, c.Cell.CenterY) || Across(c.Cell, first.CenterY)).OrderBy(c => c.Cell.X).ToList();
            _ = pending.RemoveAll(row.Contains);
            var left = row.Min(c => c.Cell.X);
            var box = new PixelRect(left, first.Y, row.Max(c => c.Cell.X + c.Cell.Width) - left, first.Height);
            yield return new TextPiece(box, string.Join(' ', row.Select(c => c.Text)));
        }
    }

    private static bool Across(PixelRect cell, int y) => y >= cell.Y && y <= cell.Bottom;

    // Column blocks (several rows, beside another such block) become one unit each; every other piece is its own.
    private static List<Unit> Units(List<TextPiece> pieces)
    {
        var heights = pieces.Select(p => p.Box.Height).Order().ToList();
        var lineHeight = heights.Count == 0 ? 0 : heights[heights.Count / 2];
        var groups = pieces.Where(p => p.Block >= 0).GroupBy(p => p.Block).Select(g => g.ToList()).ToList();

        // Tesseract splits one column into two blocks at a wide space (after a full-width comma): blocks side by
        // side with less than a gutter between them are one. Two blocks of several lines each are two columns,
        // however narrow the gutter (a magazine's is about a line high). A short block right under or over a block of
        // its own width is that column's end or start, not a part of the column beside it (a magazine column's last
        // line, a block of its own two line heights left of the other column's lines).
        MergeWhile(groups, (a, b) => Math.Min(a.Count, b.Count) < MinColumnLines && Adjoin(Union(a), Union(b), lineHeight)
            && !groups.Any(c => c != a && c != b && Continues(Union(a.Count < b.Count ? a : b), Union(c), lineHeight)));

        // Tesseract also cuts one column into blocks one above the other (at a paragraph's space): narrow blocks stacked
        // within the same width are one, so that the column beside them is not read between their parts.
        var textWidth = pieces.Count == 0 ? 0 : pieces.Max(p => p.Right) - pieces.Min(p => p.Box.X);
        MergeWhile(groups, (a, b) => a.Count > 1 && b.Count > 1 && Stacked(Union(a), Union(b), lineHeight, textWidth));

        var blocks = groups
            .Select(lines => (Lines: lines, Box: Union(lines)))
            .Where(b => Lines([.. b.Lines.Select(l => new Unit(l.Box, l.Text.Trim(), 1))]).Count() >= 2)
            .ToList();
        var columns = DetachHeaderRows(blocks.Where(b => blocks.Any(o => !ReferenceEquals(o.Lines, b.Lines) && SideBySide(b.Box, o.Box))).ToList(), pieces, lineHeight);

        // A line Tesseract left out of its column's block (a block of its own) still belongs to the column it lies in.
        foreach (var piece in pieces.Where(p => !columns.Any(c => c.Lines.Contains(p))))
        {
            var middle = piece.Box.X + (piece.Box.Width / 2);
            var home = columns.FindIndex(c => middle > c.Box.X && middle < c.Box.X + c.Box.Width
                && piece.Box.CenterY > c.Box.Y && piece.Box.CenterY < c.Box.Bottom);
            if (home >= 0)
            {
                columns[home].Lines.Add(piece);
            }
        }

        var inColumns = columns.SelectMany(c => c.Lines).ToHashSet();
        var found = columns.Select(c => c.Lines).ToList();

        // Columns Tesseract did not give blocks of their own (both in one block, or blocks across them) are found by their gutter.
        foreach (var (left, right) in GutterColumns.Find([.. pieces.Where(p => !inColumns.Contains(p))], lineHeight))
        {
            found.Add(left);
            found.Add(right);
            inColumns.UnionWith(left);
            inColumns.UnionWith(right);
        }

        // Tesseract reads a row of two columns with a narrow gutter as one line across it, with a space at the gutter.
        CutAtGutters(pieces, found, inColumns, lineHeight);
        AdoptAdjacentRows(found, pieces, inColumns, lineHeight);
        SplitLabelsFromValues(found, inColumns);
        var units = found.Select(Column).ToList();
        units.AddRange(pieces.Where(p => !inColumns.Contains(p)).Select(p => new Unit(p.Box, p.Text.Trim(), 1)));
        return units;
    }

    // A column block's top line that lies above the top of the column beside it and shares its row with a piece in no column
    // is a header's or a paragraph's, not the column's, when that piece runs over the gutter or the row's part right of the
    // left column starts well right of the right column's lines: Tesseract put a header's number in the left column's block
    // and left its right-aligned date out of both, or put the date in the right column's block, or put 主旨's first half in
    // the left column's block and its other half, over the gutter, in a block of its own.
    private static List<(List<TextPiece> Lines, PixelRect Box)> DetachHeaderRows(List<(List<TextPiece> Lines, PixelRect Box)> columns, List<TextPiece> pieces, int lineHeight)
    {
        var inColumns = columns.SelectMany(c => c.Lines).ToHashSet();
        var detached = new List<(List<TextPiece> Lines, PixelRect Box)>();
        foreach (var column in columns)
        {
            var pair = columns.Where(o => ReferenceEquals(o.Lines, column.Lines) || SideBySide(column.Box, o.Box)).ToList();
            var kept = column.Lines.Where(l => !HeadsAbove(l, pair, [.. pieces.Where(p => !inColumns.Contains(p) && OneRow(p.Box, l.Box))], lineHeight)).ToList();
            if (kept.Count > 1)
            {
                detached.Add((kept, Union(kept)));
            }
        }

        return detached;
    }

    // The line lies above the top of a column beside its own, and the pieces in no column on its row run over the gutter or
    // start (with it) well right of where the right column's other lines start.
    private static bool HeadsAbove(TextPiece line, List<(List<TextPiece> Lines, PixelRect Box)> pair, List<TextPiece> beside, int lineHeight)
    {
        if (beside.Count == 0 || pair.Count < 2 || pair.Where(c => !c.Lines.Contains(line)).All(c => line.Box.CenterY >= c.Box.Y))
        {
            return false;
        }

        var below = pair.Select(c => c.Lines.Where(l => !OneRow(l.Box, line.Box)).ToList()).ToList();
        if (below.Any(b => b.Count == 0))
        {
            return false;
        }

        var leftEdge = below.MinBy(b => b.Min(l => l.Box.X))!.Max(l => l.Right);
        var rightStart = below.MaxBy(b => b.Min(l => l.Box.X))!.Min(l => l.Box.X);

        // A piece beside it across the gutter (a paragraph's line over both columns) makes it no column's line either.
        if (beside.Any(p => p.Box.X < leftEdge && p.Right > rightStart))
        {
            return true;
        }

        var rowRight = beside.Append(line).Where(p => p.Box.CenterX > leftEdge).Select(p => p.Box.X).DefaultIfEmpty(int.MinValue).Min();
        return rowRight > rightStart + (GutterColumns.HangingIndent * lineHeight);
    }

    // A form's labels, one under another and each ending in a colon, and their values in a column beside them, each on its
    // label's row, are rows, not two columns: read as columns, every label came out before every value (a land-value
    // declaration: 土地坐落： 面積： … then 嘉義市西區… 554.02平方公尺 …). Both go back to being read row by row.
    private static void SplitLabelsFromValues(List<List<TextPiece>> columns, HashSet<TextPiece> inColumns)
    {
        var pairs = columns.SelectMany(labels => columns.Where(values => values != labels && LeftOf(Union(labels), Union(values)))
            .Select(values => (Labels: labels, Values: values))).Where(p => AreLabelsOf(p.Labels, p.Values)).ToList();
        foreach (var column in pairs.SelectMany(p => new[] { p.Labels, p.Values }).Distinct().ToList())
        {
            _ = columns.Remove(column);
            inColumns.ExceptWith(column);
        }
    }

    private static bool LeftOf(PixelRect left, PixelRect right) => left.X + left.Width < right.X;

    // Three or more lines, most ending in a colon, and most with a line of the other column on their row.
    private static bool AreLabelsOf(List<TextPiece> labels, List<TextPiece> values) =>
        labels.Count >= MinLabelRows
        && labels.Count(l => l.Text.TrimEnd() is [.., '：' or ':']) >= MinLabelShare * labels.Count
        && labels.Count(l => values.Any(v => OneRow(l.Box, v.Box))) >= MinLabelShare * labels.Count;

    // Joins two groups into one while any two go together.
    private static void MergeWhile(List<List<TextPiece>> groups, Func<List<TextPiece>, List<TextPiece>, bool> together)
    {
        for (var merged = true; merged;)
        {
            merged = false;
            for (var i = 0; i < groups.Count && !merged; i++)
            {
                for (var j = i + 1; j < groups.Count && !merged; j++)
                {
                    if (together(groups[i], groups[j]))
                    {
                        groups[i].AddRange(groups[j]);
                        groups.RemoveAt(j);
                        merged = true;
                    }
                }
            }
        }
    }

    // A row right above columns whose every piece lies within one column's width, starting at its edge or centred over it,
    // starts those columns: the first lines of two columns that Tesseract read as one line across the gutter (cut apart at
    // it since) or left out of both blocks. A row right below a column, starting at its left edge (or a hanging indent in),
    // goes on with it: Tesseract made blocks of single lines of the longer column's end.
    private static void AdoptAdjacentRows(List<List<TextPiece>> columns, List<TextPiece> pieces, HashSet<TextPiece> inColumns, int lineHeight)
    {
        for (var adopted = columns.Count > 0; adopted;)
        {
            adopted = false;
            var boxes = columns.Select(Union).ToList();
            foreach (var piece in pieces.Where(p => !inColumns.Contains(p)).OrderBy(p => p.Box.Y))
            {
                var row = pieces.Where(p => !inColumns.Contains(p) && OneRow(p.Box, piece.Box)).OrderBy(p => p.Box.X).ToList();
                var homes = row.Select(p => boxes.FindIndex(b => Above(p, b, lineHeight))).ToList();
                if (homes.Contains(-1) || !homes.Distinct().All(h => Heads(Union([.. row.Where((_, i) => homes[i] == h)]), boxes[h], lineHeight)))
                {
                    homes = row.Select(p => boxes.FindIndex(b => Below(p, b, lineHeight))).ToList();
                    GoOnBelow(row, homes, boxes, lineHeight);
                }

                if (homes.Contains(-1))
                {
                    continue;
                }

                for (var i = 0; i < row.Count; i++)
                {
                    columns[homes[i]].Add(row[i]);
                    _ = inColumns.Add(row[i]);
                }

                adopted = true;
                break;
            }
        }
    }

    // A piece in no column that starts at a column's edge, reaches well into the column beside it, and lies right above both
    // or between their tops and bottoms, is cut at the space in its text that falls in the gutter (characters placed by
    // their width: a Chinese one a line high, any other half that): the two columns' rows Tesseract read as one line.
    private static void CutAtGutters(List<TextPiece> pieces, List<List<TextPiece>> columns, HashSet<TextPiece> inColumns, int lineHeight)
    {
        var boxes = columns.Select(Union).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (inColumns.Contains(piece))
            {
                continue;
            }

            var box = piece.Box;
            var left = boxes.FindIndex(b => Math.Abs(box.X - b.X) <= GutterColumns.HangingIndent * lineHeight && AtColumn(box, b, lineHeight));
            var right = left < 0 ? -1 : boxes.FindIndex(b => b.X > boxes[left].X + boxes[left].Width && piece.Right > b.X + (2 * lineHeight)
                && piece.Right <= b.X + b.Width + lineHeight && AtColumn(box, b, lineHeight));
            if (right < 0)
            {
                continue;
            }

            var (gutterLeft, gutterRight) = (boxes[left].X + boxes[left].Width, boxes[right].X);
            var middle = (gutterLeft + gutterRight) / 2.0;
            var text = piece.Text;
            var units = text.Select(c => c == ' ' ? 0 : char.IsAscii(c) ? 0.5 : 1).ToList();
            var total = units.Sum();
            var (cut, at, before) = (-1, 0.0, 0.0);
            for (var k = 0; k < text.Length; k++)
            {
                var x = box.X + (box.Width * before / total);
                before += units[k];
                if (text[k] == ' ' && x >= gutterLeft - lineHeight && x <= gutterRight + lineHeight
                    && (cut < 0 || Math.Abs(x - middle) < Math.Abs(at - middle)))
                {
                    (cut, at) = (k, x);
                }
            }

            if (cut < 0)
            {
                continue;
            }

            var split = (int)Math.Round(at);
            pieces[i] = new TextPiece(new PixelRect(box.X, box.Y, Math.Min(split, gutterLeft) - box.X, box.Height), text[..cut].Trim(), piece.Block);
            var start = Math.Max(split, gutterRight);
            pieces.Insert(i + 1, new TextPiece(new PixelRect(start, box.Y, piece.Right - start, box.Height), text[(cut + 1)..].Trim(), piece.Block));
            i++;
        }
    }

    // A piece lies right above a column or between its top and bottom.
    private static bool AtColumn(PixelRect piece, PixelRect column, int lineHeight) =>
        Near(column.Y - piece.Bottom, lineHeight) || (piece.CenterY > column.Y && piece.CenterY < column.Bottom);

    // A line under a column that Tesseract cut at a comma's white starts at the column's edge, and its part further in does
    // not: that part goes with the one before it when at most a line height of white lies between them (a contact line's
    // label and number lie further apart) and it reaches into no other column.
    private static void GoOnBelow(List<TextPiece> row, List<int> homes, List<PixelRect> boxes, int lineHeight)
    {
        for (var i = 1; i < row.Count; i++)
        {
            var home = homes[i - 1];
            var box = row[i].Box;
            if (homes[i] < 0 && home >= 0 && Near(box.Y - boxes[home].Bottom, lineHeight) && box.X - row[i - 1].Right <= lineHeight
                && !boxes.Where((_, k) => k != home).Any(b => PixelRect.SharedWidth(b, box) > 0))
            {
                homes[i] = home;
            }
        }
    }

    // Two pieces share a row when half the lower one's height lies within the other's.
    private static bool OneRow(PixelRect a, PixelRect b) => PixelRect.SharedHeight(a, b) >= 0.5 * Math.Min(a.Height, b.Height);

    // A piece lies right above a column: within its width and at most a line height over its top.
    private static bool Above(TextPiece piece, PixelRect column, int lineHeight) =>
        Within(piece, column, lineHeight) && Near(column.Y - piece.Box.Bottom, lineHeight);

    // A row's pieces over a column start it when they start at its left edge or a hanging indent in, or are centred over it
    // (a heading): a header's right-aligned date over the right column is no line of it.
    private static bool Heads(PixelRect line, PixelRect column, int lineHeight) =>
        line.X <= column.X + (GutterColumns.HangingIndent * lineHeight) || Math.Abs(line.CenterX - column.CenterX) <= lineHeight;

    // A piece lies right below a column: starting at its left edge or a hanging indent in, within its width, and at most a
    // line height under its bottom. A list number (no wider than a line and a half) may hang further out, up to two line
    // heights left of the column's edge: the layout can leave the numbers above out of the column (一、 and 二、 unread) and
    // read the next item's 三 apart from its line.
    private static bool Below(TextPiece line, PixelRect column, int lineHeight) =>
        (Within(line, column, lineHeight) || HangingNumber(line.Box, column, lineHeight))
        && line.Box.X <= column.X + (GutterColumns.HangingIndent * lineHeight) && Near(line.Box.Y - column.Bottom, lineHeight);

    private static bool HangingNumber(PixelRect piece, PixelRect column, int lineHeight) =>
        piece.Width <= 1.5 * lineHeight && piece.X >= column.X - (2 * lineHeight) && piece.X + piece.Width <= column.X + lineHeight;

    // Within a column's width, a line height either side (two past its right edge for a line ending in a comma or stop).
    private static bool Within(TextPiece line, PixelRect column, int lineHeight) =>
        line.Box.X >= column.X - lineHeight && line.Right <= column.X + column.Width + ((EndsInStop(line.Text) ? 2 : 1) * lineHeight);

    // Tesseract's box of a line's closing comma or stop reaches up to a character past the column's edge.
    private static bool EndsInStop(string text) => text.TrimEnd() is [.., '，' or ',' or '。' or '.'];

    // White between a piece and a column of at most a line height (or an overlap of less than half of one).
    private static bool Near(int gap, int lineHeight) => gap <= lineHeight && gap > -lineHeight / 2;

    // Two blocks are one column's parts when both are narrower than three fifths of the text, share most of the wider
    // one's width, and less than a line height and a half of white lies between them.
    private static bool Stacked(PixelRect a, PixelRect b, int lineHeight, int textWidth)
    {
        var horizontal = PixelRect.SharedWidth(a, b);
        var gap = Math.Max(a.Y, b.Y) - Math.Min(a.Bottom, b.Bottom);
        return Math.Max(a.Width, b.Width) < 0.6 * textWidth && horizontal >= 0.7 * Math.Max(a.Width, b.Width)
            && gap >= 0 && gap <= 1.5 * lineHeight;
    }

    // A block continues another when it starts where the other starts and is about as wide (its left edge within a line
    // height, its width within a hanging indent), with at most a line height and a half of white between them.
    private static bool Continues(PixelRect piece, PixelRect block, int lineHeight)
    {
        var gap = Math.Max(piece.Y, block.Y) - Math.Min(piece.Bottom, block.Bottom);
        return Math.Abs(piece.X - block.X) <= lineHeight && Math.Abs(piece.Width - block.Width) <= GutterColumns.HangingIndent * lineHeight
            && gap >= 0 && gap <= 1.5 * lineHeight;
    }

    private static Unit Column(List<TextPiece> lines)
    {
        var rows = Lines([.. lines.Select(l => new Unit(l.Box, l.Text.Trim(), 1))]).ToList();
        return new Unit(Union(lines), string.Join('\n', rows), rows.Count);
    }

    // Two blocks are parts of one column when they share most of their height and less than two line heights of white lies between them.
    private static bool Adjoin(PixelRect a, PixelRect b, int lineHeight)
    {
        var vertical = PixelRect.SharedHeight(a, b);
        var gap = -PixelRect.SharedWidth(a, b);
        return vertical >= 0.5 * Math.Min(a.Height, b.Height) && gap < 2 * lineHeight;
    }

    // Two blocks are columns when they share most of their height and not their width.
    private static bool SideBySide(PixelRect a, PixelRect b)
    {
        var vertical = PixelRect.SharedHeight(a, b);
        var horizontal = PixelRect.SharedWidth(a, b);
        return horizontal <= 0 && vertical >= 0.5 * Math.Min(a.Height, b.Height);
    }

    private static PixelRect Union(IReadOnlyList<TextPiece> lines)
    {
        var (left, top) = (lines.Min(l => l.Box.X), lines.Min(l => l.Box.Y));
        return new PixelRect(left, top, lines.Max(l => l.Right) - left, lines.Max(l => l.Box.Bottom) - top);
    }

    private readonly record struct Unit(PixelRect Box, string Text, int Lines);
}
