using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A row of ink on a binary page (a line of text, or lines that touch) and the runs of its ink columns (a glyph's strokes
/// joined, not the glyphs): what the page holds to be read, to check Tesseract's layout against.
/// </summary>
internal sealed record InkLine(int Top, int Bottom, IReadOnlyList<(int Left, int Right)> Runs)
{
    private const double JoinGapShare = 0.1;

    // A run of ink narrower than this is a speck of the scan, not a mark.
    private const int MinRunWidth = 2;

    public int Height => Bottom - Top;

    /// <summary>
    /// Whether any of the lines has ink in the box: a run of its ink columns at least two pixels wide within it or an eighth of
    /// its height either side (Tesseract's box for a comma sits a few pixels right of its ink).
    /// </summary>
    public static bool AnyIn(IReadOnlyList<InkLine> lines, PixelRect box)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var margin = Math.Max(MinRunWidth, box.Height / 8);
        var (left, right) = (box.X - margin, box.X + box.Width + margin);
        return lines.Any(l => l.Top < box.Bottom && l.Bottom > box.Y
            && l.Runs.Any(r => Math.Min(r.Right, right) - Math.Max(r.Left, left) >= MinRunWidth));
    }

    /// <summary>The ink lines of the page (specks left out, as <see cref="InkBands.Lines"/> does).</summary>
    public static IReadOnlyList<InkLine> Find(Pix binary, int resolution)
    {
        ArgumentNullException.ThrowIfNull(binary);
        return [.. InkBands.Lines(binary, resolution).Select(l => new InkLine(
            l.Top, l.Bottom, InkBands.Runs(InkBands.Columns(binary, l.Top, l.Bottom), (int)((l.Bottom - l.Top) * JoinGapShare))))];
    }
}
