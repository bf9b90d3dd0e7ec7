namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the lines Tesseract's layout made too tall: a line and part of the next merged into one (a wrapped
/// sentence's first row came back as <c>主旨 : 人 ,申</c>), or a block of lines taken for one line. The LSTM
/// reads a line scaled to a fixed height, so such a line comes back as a few stray characters.
/// </summary>
internal static class TallLines
{
    // Taller than this many times the page's median line height.
    private const double MinRows = 1.7;

    // What is left once the other lines' rows are taken away must still be this much of a line.
    private const double MinLeft = 0.6;

    private const int MinLines = 3;

    // A reading with fewer than a quarter of the characters its line holds has far too few.
    private const int TooFewShare = 4;

    // Two lines read again that share this share of the smaller one's area are one line read twice.
    private const double RepeatShare = 0.5;

    /// <summary>
    /// Each too tall line's index, with the rectangle to read again: its own box without the rows of the other
    /// lines it overlaps (those are read already), a little wider, within the image.
    /// </summary>
    public static List<(int Index, PixelRect Area)> Find(IReadOnlyList<TextPiece> lines, int imageWidth, int imageHeight)
    {
        var found = new List<(int, PixelRect)>();
        if (lines.Count < MinLines)
        {
            return found;
        }

        var median = lines.Select(l => l.Box.Height).Order().ElementAt(lines.Count / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            var box = lines[i].Box;
            if (box.Height <= MinRows * median)
            {
                continue;
            }

            var (top, bottom) = (box.Y, box.Bottom);
            for (var j = 0; j < lines.Count; j++)
            {
                var other = lines[j].Box;
                if (j == i || other.Height > MinRows * median || other.X >= box.X + box.Width || box.X >= other.X + other.Width
                    || other.Bottom <= top || other.Y >= bottom)
                {
                    continue;
                }

                if (other.CenterY > box.CenterY)
                {
                    bottom = Math.Min(bottom, other.Y);
                }
                else
                {
                    top = Math.Max(top, other.Bottom);
                }
            }

            if (bottom - top < MinLeft * median)
            {
                continue;
            }

            var margin = Math.Max(4, median / 3);
            var x = Math.Max(0, box.X - margin);
            var right = Math.Min(imageWidth, box.X + box.Width + margin);
            found.Add((i, new PixelRect(x, top, right - x, Math.Min(imageHeight, bottom) - top)));
        }

        return found;
    }

    /// <summary>
    /// Whether a reading has far too few characters for the line it came from (fewer than a quarter of the characters a line
    /// this wide holds): the too tall line of a letter's subject, 主旨：有關臺端所有坐落…, came back as <c>人</c>.
    /// </summary>
    public static bool ReadsTooFew(string text, PixelRect area)
    {
        ArgumentNullException.ThrowIfNull(text);
        return area.Height > 0 && text.Count(c => !char.IsWhiteSpace(c)) * TooFewShare < (double)area.Width / area.Height;
    }

    /// <summary>
    /// Tall lines Tesseract made over the same rows (a stamp at a letter's margin joined them) each read those rows again, and
    /// a row came out twice, once garbled: of two lines read again over one another (sharing half the smaller one's area),
    /// a part of the other goes, and of two about as large (the smaller at least half the other) the less confident.
    /// The readings (each tall line's lines) lose the lines that go.
    /// </summary>
    public static void DropRepeats(IReadOnlyList<List<(TextPiece Piece, int Confidence)>> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var kept = new List<(int Reading, TextPiece Piece, int Confidence)>();
        var lines = readings.SelectMany((reading, r) => reading.Select(l => (Reading: r, l.Piece, l.Confidence)));
        foreach (var line in lines.OrderByDescending(l => l.Piece.Box.Area).ToList())
        {
            var box = line.Piece.Box;
            var over = kept.FindIndex(k => PixelRect.Overlap(k.Piece.Box, box) >= RepeatShare * Math.Min(k.Piece.Box.Area, box.Area));
            if (over < 0)
            {
                kept.Add(line);
                continue;
            }

            var dropped = line;
            if (box.Area >= RepeatShare * kept[over].Piece.Box.Area && line.Confidence > kept[over].Confidence)
            {
                (dropped, kept[over]) = (kept[over], line);
            }

            _ = readings[dropped.Reading].Remove((dropped.Piece, dropped.Confidence));
        }
    }
}
