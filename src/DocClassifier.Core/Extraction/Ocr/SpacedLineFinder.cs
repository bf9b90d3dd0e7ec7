using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds letter-spaced lines (契　稅　申　報　書, as form titles are printed): a row of three or more single
/// glyphs with gaps of at least half a glyph between them and nothing else beside them. Tesseract's layout
/// takes such glyphs for separate blocks and reads each alone, badly; read as one line they come out whole.
/// </summary>
internal static class SpacedLineFinder
{
    private const double MinGlyphInches = 0.12;
    private const double JoinGapShare = 0.25;
    private const double MinSpacingShare = 0.5;
    private const double MarginShare = 0.35;

    public static IReadOnlyList<SpacedLine> Find(Pix binary, int resolution)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var (width, height) = (binary.Width, binary.Height);
        var found = new List<SpacedLine>();
        foreach (var (top, bottom) in InkBands.Lines(binary, resolution))
        {
            var glyphHeight = bottom - top;
            if (glyphHeight < resolution * MinGlyphInches)
            {
                continue;
            }

            var columns = InkBands.Columns(binary, top, bottom);
            var glyphs = InkBands.Runs(columns, (int)(glyphHeight * JoinGapShare)).Where(g => g.Bottom - g.Top >= glyphHeight * 0.15).ToList();
            if (IsSpaced(glyphs, glyphHeight))
            {
                var margin = (int)(glyphHeight * MarginShare);
                var (left, right) = (Math.Max(0, glyphs[0].Top - margin), Math.Min(width - 1, glyphs[^1].Bottom + margin));
                var (upper, lower) = (Math.Max(0, top - margin), Math.Min(height, bottom + margin));
                found.Add(new SpacedLine(new PixelRect(left, upper, right - left, lower - upper), [.. glyphs.Select(g => (g.Top, g.Bottom))]));
            }
        }

        return found;
    }

    // Glyph-sized runs of ink columns (Top..Bottom here are left..right), evenly spaced by more than half a glyph.
    private static bool IsSpaced(List<(int Top, int Bottom)> glyphs, int glyphHeight)
    {
        if (glyphs.Count is < 3 or > 16 || glyphs.Any(g => g.Bottom - g.Top < glyphHeight * 0.4 || g.Bottom - g.Top > glyphHeight * 1.6))
        {
            return false;
        }

        var gaps = glyphs.Zip(glyphs.Skip(1), (a, b) => b.Top - a.Bottom).ToList();
        return gaps.Min() >= glyphHeight * MinSpacingShare && gaps.Max() <= 2.5 * gaps.Min();
    }
}
