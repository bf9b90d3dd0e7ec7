using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A row of ink on a binary page (a line of text, or lines that touch) and the runs of its ink columns (a glyph's strokes
/// joined, not the glyphs): what the page holds to be read, to check Tesseract's layout against.
/// </summary>
internal sealed record InkLine(int Top, int Bottom, IReadOnlyList<(int Left, int Right)> Runs)
{
    private const double JoinGapShare = 0.1;

    public int Height => Bottom - Top;

    /// <summary>The ink lines of the page (specks left out, as <see cref="InkBands.Lines"/> does).</summary>
    public static IReadOnlyList<InkLine> Find(Pix binary, int resolution)
    {
        ArgumentNullException.ThrowIfNull(binary);
        return [.. InkBands.Lines(binary, resolution).Select(l => new InkLine(
            l.Top, l.Bottom, InkBands.Runs(InkBands.Columns(binary, l.Top, l.Bottom), (int)((l.Bottom - l.Top) * JoinGapShare))))];
    }
}
