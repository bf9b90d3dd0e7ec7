namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Two columns of text found by where the lines lie, whatever blocks Tesseract put them in: three or more rows in a
/// run, one under the other, each with a line either side of one white gutter (or two such rows, aligned on both sides, one
/// side's lines reaching its edge and a gutter of a line and a half, when one column runs on below the other), and the
/// lines of each side filling their column (half of them or more end within two characters or so of its edge). A narrow
/// white after a comma (a line cut there) starts no run. Tesseract puts two Chinese columns with a narrow gutter in one
/// block, or splits them into blocks that do not match the columns, and read row by row the two columns interleave. Rows
/// of label and value (姓名：王大明　電話：...) are short or ragged and are not columns.
/// </summary>
internal static class GutterColumns
{
    private const int MinRows = 3;

    // A gutter is at least this many line heights wide (a full-width comma's white is less than one).
    private const double MinGutter = 1.0;

    // Rows of a column lie at most this many line heights apart (a line's spacing, with some paragraph space).
    private const double MaxRowGap = 1.5;

    // The lines of a column end within this many line heights of the column's edge, except a paragraph's last (a line with
    // half-width digits, 應於中華民國111年11月8日前補, ends two characters short).
    private const double Ragged = 2.0;

    // A row on one side only goes on with the columns when its middle lies at most this many times the run's median line
    // spacing so far below the row before's (a blank line's white between is more).
    private const double MaxPitch = 1.6;

    // A numbered item's wrapped lines start this many line heights (characters) right of its first (一、).
    internal const double HangingIndent = 2.5;

    // A column's lines are at least this many line heights (characters) long on average.
    private const double MinColumnWidth = 8;

    // A row whose white overlaps the gutter by at least this many line heights, but by less than a gutter, is two-sided all
    // the same (a speck at a line's start or end reaches its box into the gutter: a two-column letter at 4.8° skew) ...
    private const double MinIntrudedGutter = 0.5;

    // ... when the rows before it have set a gutter at least this many line heights wide.
    private const double MinHeldGutter = 2;

    // Two rows side by side need a gutter at least this many line heights wide: a letter's header rows share the white after
    // a comma where Tesseract cut 主旨's line (1.2 line heights), two short columns a wider one.
    private const double MinFewRowsGutter = 1.5;

    // Rows whose sides start with a label this share of the time are a form's fields; a label is at most this many characters.
    private const double MinLabelledSides = 0.5;
    private const int MaxLabelCharacters = 8;

    /// <summary>Each run of two columns found, its left column's pieces and its right's.</summary>
    public static List<(List<TextPiece> Left, List<TextPiece> Right)> Find(IReadOnlyList<TextPiece> pieces, int lineHeight)
    {
        var found = new List<(List<TextPiece>, List<TextPiece>)>();
        if (lineHeight <= 0)
        {
            return found;
        }

        // Specks read as a mark or two (`1`, `|`) beside a column's line would make it a short line of its own: they are
        // left out of the rows and go with the side of the gutter they lie on.
        var specks = pieces.Where(p => IsSpeck(p, lineHeight)).ToList();
        var rows = Rows([.. pieces.Except(specks)]);
        for (var i = 0; i < rows.Count;)
        {
            var best = Gaps(rows[i], lineHeight)
                .Where(gap => !CutAtComma(rows[i], gap, lineHeight))
                .Select(gap => Extend(rows, i, gap, lineHeight))
                .Where(run => Qualifies(rows, run, lineHeight))
                .MaxBy(run => run.TwoSided.Count);
            if (best is null)
            {
                i++;
                continue;
            }

            var middle = (best.Low + best.High) / 2.0;
            var members = rows.Skip(i).Take(best.End - i).SelectMany(r => r).ToList();
            var (top, bottom) = (members.Min(p => p.Box.Y), members.Max(p => p.Box.Bottom));
            members.AddRange(specks.Where(p => top <= p.Box.CenterY && p.Box.CenterY <= bottom));
            found.Add(([.. members.Where(p => Middle(p) < middle)], [.. members.Where(p => Middle(p) >= middle)]));
            i = best.End;
        }

        return found;
    }

    private static Run Extend(List<List<TextPiece>> rows, int start, (int Low, int High) gap, int lineHeight)
    {
        var (low, high) = gap;
        var twoSided = new List<int> { start };
        var end = start + 1;
        var pitches = new List<int>();
        for (var r = start + 1; r < rows.Count; r++)
        {
            if (rows[r].Min(p => p.Box.Y) - rows[r - 1].Max(p => p.Box.Bottom) > MaxRowGap * lineHeight)
            {
                break;
            }

            var pitch = RowMiddle(rows[r]) - RowMiddle(rows[r - 1]);
            var overlaps = Gaps(rows[r], lineHeight)
                .Select(g => (Low: Math.Max(low, g.Low), High: Math.Min(high, g.High)))
                .ToList();
            // Of the row's whites over the gutter the widest: a white after a comma (a line cut there) is narrower.
            var shared = overlaps
                .Where(g => g.High - g.Low >= MinGutter * lineHeight)
                .OrderByDescending(g => g.High - g.Low)
                .Select(g => ((int, int)?)g)
                .FirstOrDefault();
            if (shared is { } s)
            {
                (low, high) = s;
                twoSided.Add(r);
                pitches.Add(pitch);
                end = r + 1;
                continue;
            }

            // A box reaching into the gutter does not narrow it for the rows after, once two rows have set it and it is wide
            // (a letter's header rows, 發文日期 and 主旨, share a narrow white by chance: no gutter to hold on to).
            if (twoSided.Count >= 2 && high - low >= MinHeldGutter * lineHeight && overlaps.Any(g => g.High - g.Low >= MinIntrudedGutter * lineHeight)
                && rows[r].Any(p => OnLeft(p, low, high)) && rows[r].Any(p => OnRight(p, low, high)))
            {
                twoSided.Add(r);
                pitches.Add(pitch);
                end = r + 1;
                continue;
            }

            // A row with lines on one side only (the longer column's last lines) belongs to the run, unless a blank line's
            // white parts it from the row before (a line under the columns, 洽詢電話 after the longer left column); one
            // across the gutter ends the run.
            if ((rows[r].All(p => p.Right <= high) || rows[r].All(p => p.Box.X >= low)) && (pitches.Count < 2 || pitch <= MaxPitch * Median(pitches)))
            {
                pitches.Add(pitch);
                end = r + 1;
                continue;
            }

            break;
        }

        return new Run(low, high, end, twoSided);
    }

    private static bool Qualifies(List<List<TextPiece>> rows, Run run, int lineHeight)
    {
        // Each two-sided row has a line on either side of the gutter as the rows after it narrowed it: a line that reached
        // into the gutter (taken in while it was wide) may lie on neither side of the narrower one, and its row is no longer
        // two-sided.
        if (run.TwoSided.Any(r => !rows[r].Any(run.IsLeft) || !rows[r].Any(run.IsRight)))
        {
            return false;
        }

        // Two rows side by side are enough when one column runs on below the other (a two-line item beside a longer one)
        // and each side's two lines start where the other's does (a letter's header, 主旨 and its wrapped line, does not).
        // So are two rows that start a numbered item on either side (一、 on the left, 二、 on the right), however long each
        // column runs.
        var fewRows = run.TwoSided.Count < MinRows;
        var numbered = run.TwoSided.Count >= 2 && StartsItem(rows[run.TwoSided[0]].Where(run.IsLeft)) && StartsItem(rows[run.TwoSided[0]].Where(run.IsRight));
        if (fewRows && (run.TwoSided.Count < 2 || (run.End - run.TwoSided[0] < MinRows && !numbered) || run.High - run.Low < MinFewRowsGutter * lineHeight))
        {
            return false;
        }

        if (!fewRows && (!StartsInLine(rows, run, run.IsLeft, lineHeight) || !StartsInLine(rows, run, run.IsRight, lineHeight)))
        {
            return false;
        }

        var lefts = run.TwoSided.Select(r => Span(rows[r].Where(run.IsLeft))).ToList();
        var rights = run.TwoSided.Select(r => Span(rows[r].Where(run.IsRight))).ToList();
        var rightEdge = rights.Max(p => p.Right);
        if (fewRows && (!Aligned(rows, run.TwoSided, run.IsLeft, lineHeight) || !Aligned(rows, run.TwoSided, run.IsRight, lineHeight)
            || (Reaching(lefts, run.Low, lineHeight) < lefts.Count && Reaching(rights, rightEdge, lineHeight) < rights.Count && !RunsOn(rows, run, lineHeight) && !numbered)))
        {
            return false;
        }

        // Columns that each start a numbered item need not fill their width: under a heading (一、辦理期限 beside 二、受理地點),
        // a short paragraph's two lines are columns all the same, if one line is long.
        return Filled(lefts, run.Low, lineHeight, numbered) && Filled(rights, rightEdge, lineHeight, numbered) && !FormRows(rows, run);
    }

    // Rows of a form's fields side by side (稅目：地價稅 beside 稅籍編號：998264940767, row after row) are read row by row: at
    // least half the sides of the two-sided rows start with a label, a few characters and a colon. A two-column letter's lines
    // are prose; only an item's first line starts so (一、辦理期限：).
    private static bool FormRows(List<List<TextPiece>> rows, Run run) =>
        run.TwoSided.Sum(r => (StartsWithLabel(rows[r].Where(run.IsLeft)) ? 1 : 0) + (StartsWithLabel(rows[r].Where(run.IsRight)) ? 1 : 0))
            >= MinLabelledSides * 2 * run.TwoSided.Count;

    // The side's text, its pieces left to right, has a colon (or the semicolon it is often read as) after 1 to
    // MaxLabelCharacters characters.
    private static bool StartsWithLabel(IEnumerable<TextPiece> side)
    {
        var text = string.Concat(side.OrderBy(p => p.Box.X).Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)).ToList();
        var colon = text.FindIndex(c => c is '：' or ':' or '；' or ';');
        return colon >= 1 && colon <= MaxLabelCharacters;
    }

    // The row after the two-sided ones starts where its side's lines start: the longer column going on, not a paragraph's
    // wrapped line (主旨's, indented past its label) under a letter's header.
    private static bool RunsOn(List<List<TextPiece>> rows, Run run, int lineHeight)
    {
        var next = run.TwoSided[^1] + 1;
        if (next >= run.End)
        {
            return false;
        }

        Func<TextPiece, bool> side = rows[next].All(p => p.Right <= run.High) ? run.IsLeft : run.IsRight;
        var start = run.TwoSided.Min(r => rows[r].Where(side).Min(p => p.Box.X));
        return Math.Abs(rows[next].Min(p => p.Box.X) - start) <= HangingIndent * lineHeight;
    }

    // The run's first row starts each side within a hanging indent of where the rows after it start: a header's number and
    // its right-aligned date above two columns leave a white over the gutter by chance, but the date starts far right of
    // the right column's lines, and is no column's first line.
    private static bool StartsInLine(List<List<TextPiece>> rows, Run run, Func<TextPiece, bool> side, int lineHeight)
    {
        var first = rows[run.TwoSided[0]].Where(side).Min(p => p.Box.X);
        var after = run.TwoSided.Skip(1).Min(r => rows[r].Where(side).Min(p => p.Box.X));
        return Math.Abs(first - after) <= HangingIndent * lineHeight;
    }

    // The first pieces on one side of the gutter start within a hanging indent (一、) of each other, row after row.
    private static bool Aligned(List<List<TextPiece>> rows, List<int> twoSided, Func<TextPiece, bool> side, int lineHeight)
    {
        var starts = twoSided.Select(r => rows[r].Where(side).Min(p => p.Box.X)).ToList();
        return starts.Max() - starts.Min() <= HangingIndent * lineHeight;
    }

    // The side's first piece starts with a list number (一、), or with its comma alone (the number lost: `、洽詢方式`), after
    // any specks read as marks (`. 二、`).
    private static bool StartsItem(IEnumerable<TextPiece> side) =>
        side.OrderBy(p => p.Box.X).Select(p => p.Text).FirstOrDefault() is { } text
        && string.Concat(text.SkipWhile(c => c != '、' && !char.IsLetterOrDigit(c))) is var item
        && (ListNumbers.StartsWithNumber(item) || item.StartsWith('、'));

    // At most two marks, none of them Chinese, in a box about as wide as a line is high.
    private static bool IsSpeck(TextPiece piece, int lineHeight)
    {
        var text = piece.Text.Trim();
        return text.Length <= 2 && piece.Box.Width <= 1.5 * lineHeight && !text.Any(HanCharacters.Is);
    }

    // A row's last piece on one side of the gutter, with the pieces before it that a comma ends: one line cut at the white
    // after its comma (WideGaps: `1138600666號，` and `應補徵稅額新臺幣`) is as long as it was; a label and its value
    // (`納稅義務人：` and `周文雄`) are not one line.
    private static TextPiece Span(IEnumerable<TextPiece> pieces)
    {
        var side = pieces.OrderBy(p => p.Box.X).ToList();
        var last = side[^1];
        var left = last.Box.X;
        for (var i = side.Count - 2; i >= 0 && EndsInComma(side[i]); i--)
        {
            left = side[i].Box.X;
        }

        return last with { Box = new PixelRect(left, last.Box.Y, last.Right - left, last.Box.Height) };
    }

    // A narrow white after a comma (a line Tesseract cut there, 主旨's first line over a letter's header) starts no run of
    // columns: the gutter it sets by chance would cut the columns below it at the wrong place.
    private static bool CutAtComma(List<TextPiece> row, (int Low, int High) gap, int lineHeight) =>
        gap.High - gap.Low < MinHeldGutter * lineHeight && row.Where(p => p.Right <= gap.Low).MaxBy(p => p.Right) is { } before && EndsInComma(before);

    private static bool EndsInComma(TextPiece piece) => piece.Text.TrimEnd() is [.., ',' or '，' or '、' or ';' or '；'];

    private static int Reaching(List<TextPiece> lines, int edge, int lineHeight) => lines.Count(p => p.Right >= edge - (Ragged * lineHeight));

    // Half the lines or more reach the column's edge (the others end a paragraph), and they are long.
    private static bool Filled(List<TextPiece> lines, int edge, int lineHeight, bool numbered)
    {
        var reaching = Reaching(lines, edge, lineHeight);
        var width = numbered ? lines.Max(p => p.Box.Width) : lines.Sum(p => (double)p.Box.Width) / lines.Count;
        return (numbered || reaching * 2 >= lines.Count) && width >= MinColumnWidth * lineHeight;
    }

    // The white between neighbouring pieces of a row that is wide enough for a gutter.
    private static IEnumerable<(int Low, int High)> Gaps(List<TextPiece> row, int lineHeight)
    {
        for (var i = 1; i < row.Count; i++)
        {
            var low = row.Take(i).Max(p => p.Right);
            if (row[i].Box.X - low >= MinGutter * lineHeight)
            {
                yield return (low, row[i].Box.X);
            }
        }
    }

    // The pieces in rows, top to bottom, each row left to right: a piece joins the row when half its height lies within the row's.
    private static List<List<TextPiece>> Rows(IReadOnlyList<TextPiece> pieces)
    {
        var rows = new List<List<TextPiece>>();
        var (top, bottom) = (0, 0);
        foreach (var piece in pieces.OrderBy(p => p.Box.Y).ThenBy(p => p.Box.X))
        {
            var overlap = Math.Min(bottom, piece.Box.Bottom) - Math.Max(top, piece.Box.Y);
            if (rows.Count > 0 && overlap >= 0.5 * Math.Min(piece.Box.Height, bottom - top))
            {
                rows[^1].Add(piece);
                bottom = Math.Max(bottom, piece.Box.Bottom);
                continue;
            }

            rows.Add([piece]);
            (top, bottom) = (piece.Box.Y, piece.Box.Bottom);
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Box.X.CompareTo(b.Box.X));
        }

        return rows;
    }

    // A piece left of the gutter from low to high ends before its far side and has its middle before the gutter's (the right
    // alike): a piece whose box a speck reached into the gutter is still on its side.
    private static bool OnLeft(TextPiece piece, int low, int high) => piece.Right < high && Middle(piece) < (low + high) / 2.0;

    private static bool OnRight(TextPiece piece, int low, int high) => piece.Box.X > low && Middle(piece) >= (low + high) / 2.0;

    // A row's middle: halfway between its highest top and its lowest bottom.
    private static int RowMiddle(List<TextPiece> row) => (row.Min(p => p.Box.Y) + row.Max(p => p.Box.Bottom)) / 2;

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2.0;
    }

    private static double Middle(TextPiece piece) => piece.Box.X + (piece.Box.Width / 2.0);

    // A run of rows and its gutter (from Low to High): the pieces left of it and right of it.
    private sealed record Run(int Low, int High, int End, List<int> TwoSided)
    {
        public bool IsLeft(TextPiece piece) => OnLeft(piece, Low, High);

        public bool IsRight(TextPiece piece) => OnRight(piece, Low, High);
    }
}
