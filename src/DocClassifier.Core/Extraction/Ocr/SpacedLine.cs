namespace DocClassifier.Extraction.Ocr;

/// <summary>A letter-spaced line: where it lies, and each glyph's columns (Left inclusive, Right exclusive).</summary>
internal sealed record SpacedLine(PixelRect Box, IReadOnlyList<(int Left, int Right)> Glyphs)
{
    /// <summary>
    /// The line with its glyphs moved together, a fifth of a glyph apart, on white: the LSTM reads glyphs
    /// spread a glyph or two apart as separate words and guesses each alone (契 稅 申 報 書 → 回稅昌 H報 =點).
    /// </summary>
    public Native.Pix Packed(Native.Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var gap = Math.Max(2, Box.Height / 8);
        var width = Glyphs.Sum(g => g.Right - g.Left) + ((Glyphs.Count + 1) * gap) + (2 * gap);
        var packed = Native.Pix.Own(Native.LeptonicaApi.PixCreate(width, Box.Height, 8), "packed line");
        _ = Native.LeptonicaApi.PixRasterop(packed.Pointer, 0, 0, width, Box.Height, Native.LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
        var x = 2 * gap;
        foreach (var (left, right) in Glyphs)
        {
            _ = Native.LeptonicaApi.PixRasterop(packed.Pointer, x, 0, right - left, Box.Height, Native.LeptonicaApi.RasterSource, page.Pointer, left, Box.Y);
            x += right - left + gap;
        }

        packed.Resolution = page.Resolution;
        return packed;
    }
}
