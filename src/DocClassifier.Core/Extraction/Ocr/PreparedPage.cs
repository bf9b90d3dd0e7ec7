using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A page image ready for OCR; the table cells found on it (empty when it has no ruled table); and the
/// horizontal bands outside those cells that hold ink (empty for a blank page, null when not looked for:
/// then the whole page is read); and the letter-spaced lines outside the cells (read on their own as one line each).
/// It owns its images: the page's and its stamps'.
/// </summary>
internal sealed record PreparedPage(
    Pix Image, IReadOnlyList<PixelRect> Cells, IReadOnlyList<PixelRect>? TextBands = null, IReadOnlyList<SpacedLine>? SpacedLines = null) : IDisposable
{
    /// <summary>How far the page was turned to straighten it (Leptonica's sense: clockwise positive), about its centre.</summary>
    public float SkewRadians { get; init; }

    /// <summary>How far the preprocessor scaled the page up to make small text tall enough (1 when it did not).</summary>
    public double Upscale { get; init; } = 1;

    /// <summary>The median height of the page's character-like marks in this image's pixels, when it was measured.</summary>
    public double? GlyphHeight { get; init; }

    /// <summary>The page's lines of ink outside the table cells (to find what the layout left unread); null when not looked for.</summary>
    public IReadOnlyList<InkLine>? InkLines { get; init; }

    /// <summary>The received stamps cut out of the page before they were whitened from it, to be read on their own.</summary>
    public IReadOnlyList<StampImage> Stamps { get; init; } = [];

    public void Dispose()
    {
        Image.Dispose();
        foreach (var stamp in Stamps)
        {
            stamp.Dispose();
        }
    }
}
