namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds ink that Tesseract's layout left unread: the parts of the page's ink lines that no line it read lies over. Its
/// page layout drops a large title now and then (契稅繳款書 at 19 pt over 12 pt text, a clean 300 dpi scan: the whole
/// line missing, read at once when given alone) and a short line at the page's edge.
/// </summary>
internal static class MissedInk
{
    // A line read covers the columns of an ink line when it overlaps at least this share of the lower of the two.
    private const double MinOverlapShare = 0.5;

    // Uncovered ink at most this many row heights apart is one piece to read.
    private const double JoinGapShare = 1;

    // Less than this much uncovered ink (columns, in row heights) is a mark beside a line, not text left out.
    private const double MinInkShare = 0.8;

    // Next to a line read (closer than this share of the row's height), more is needed: Tesseract's boxes can leave a glyph or
    // two of their own line outside (電話 | : (05)7383-4135 left 話: out), and reading those alone doubles them.
    private const double NearShare = 0.5;
    private const double MinInkNearShare = 2;

    // White kept around a piece, in row heights.
    private const double MarginShare = 0.3;

    // A row of ink this many times taller than the page's median one is a picture, a seal or lines run together, not a line.
    private const double MaxHeightShare = 4;

    /// <summary>
    /// The areas of the image (width × height) that hold ink and lie under none of the lines read, the most ink first.
    /// </summary>
    public static List<PixelRect> Find(IReadOnlyList<InkLine> lines, IReadOnlyList<PixelRect> read, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(read);
        var missed = new List<(PixelRect Area, int Ink)>();
        var tallest = lines.Count == 0 ? 0 : lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2) * MaxHeightShare;
        foreach (var line in lines.Where(l => l.Height <= tallest))
        {
            var covering = read
                .Where(r => Math.Min(line.Bottom, r.Bottom) - Math.Max(line.Top, r.Y) >= MinOverlapShare * Math.Min(line.Height, r.Height))
                .ToList();
            var uncovered = new List<(int Left, int Right)>();
            foreach (var run in line.Runs)
            {
                uncovered.AddRange(Subtract(run, covering));
            }

            var joinGap = (int)(line.Height * JoinGapShare);
            var margin = (int)Math.Ceiling(line.Height * MarginShare);
            var near = line.Height * NearShare;
            foreach (var (left, right, ink) in Join(uncovered, joinGap))
            {
                var beside = covering.Any(b => Math.Abs(left - (b.X + b.Width)) <= near || Math.Abs(b.X - right) <= near);
                if (ink < line.Height * (beside ? MinInkNearShare : MinInkShare))
                {
                    continue;
                }

                missed.Add((PixelRect.Around(left, line.Top, right, line.Bottom, margin, width, height), ink));
            }
        }

        return [.. missed.OrderByDescending(m => m.Ink).Select(m => m.Area)];
    }

    private static List<(int Left, int Right)> Subtract((int Left, int Right) run, List<PixelRect> covering)
    {
        var parts = new List<(int Left, int Right)> { run };
        foreach (var box in covering)
        {
            parts = [.. parts.SelectMany(p => p.Right <= box.X || box.X + box.Width <= p.Left
                ? [p]
                : new[] { (p.Left, Math.Min(p.Right, box.X)), (Math.Max(p.Left, box.X + box.Width), p.Right) }.Where(q => q.Item2 > q.Item1))];
        }

        return parts;
    }

    // The parts at most maxGap apart joined, with the ink columns each holds.
    private static List<(int Left, int Right, int Ink)> Join(List<(int Left, int Right)> parts, int maxGap)
    {
        var joined = new List<(int Left, int Right, int Ink)>();
        foreach (var part in parts.OrderBy(p => p.Left))
        {
            if (joined.Count > 0 && part.Left - joined[^1].Right <= maxGap)
            {
                joined[^1] = (joined[^1].Left, Math.Max(joined[^1].Right, part.Right), joined[^1].Ink + part.Right - part.Left);
            }
            else
            {
                joined.Add((part.Left, part.Right, part.Right - part.Left));
            }
        }

        return joined;
    }
}
