using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// The scale a page is read at with a Latin-script model. The preprocessor scales small text up until the median
/// character is 30 px tall, which Chinese needs (the 150 dpi form read at 16 % CER left at 20 px); Latin letters read as
/// well at less, and what the page was scaled up beyond that costs Tesseract's thresholding and layout analysis (pixels)
/// and nothing the LSTM gains, since it scales every line to a fixed height anyway. Only what the preprocessor added is
/// taken back: a page is never read smaller than it came.
/// </summary>
internal static class LatinScale
{
    /// <summary>The median character height (pixels) a Latin page is read at, when it was scaled up to more.</summary>
    public const double GlyphHeight = 20;

    // Less than this much smaller is not worth the scaling.
    private const double MinShrink = 0.9;

    /// <summary>
    /// The factor (below 1) to scale the prepared page by before a Latin reading, or 1 to read it as it is: the page was
    /// scaled up by <paramref name="upscale"/> and its characters are <paramref name="glyphHeight"/> pixels tall now.
    /// </summary>
    public static double Factor(double upscale, double? glyphHeight)
    {
        if (upscale <= 1 || glyphHeight is not { } height || height <= 0)
        {
            return 1;
        }

        var factor = Math.Max(1 / upscale, GlyphHeight / height);
        return factor < MinShrink ? factor : 1;
    }

    /// <summary>The page scaled for a Latin reading, with its cells, bands and letter-spaced lines; null when it is read as it is.</summary>
    public static PreparedPage? For(PreparedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var factor = Factor(page.Upscale, page.GlyphHeight);
        if (factor >= 1)
        {
            return null;
        }

        var image = Pix.Own(LeptonicaApi.PixScale(page.Image.Pointer, (float)factor, (float)factor), "scaling for a Latin reading");
        image.Resolution = (int)Math.Round(page.Image.Resolution * factor);
        PixelRect Scale(PixelRect r)
        {
            var (left, top) = ((int)(r.X * factor), (int)(r.Y * factor));
            var (right, bottom) = ((int)Math.Ceiling((r.X + r.Width) * factor), (int)Math.Ceiling(r.Bottom * factor));
            return new PixelRect(left, top, Math.Min(image.Width, right) - left, Math.Min(image.Height, bottom) - top);
        }

        return new PreparedPage(
            image,
            [.. page.Cells.Select(Scale)],
            page.TextBands?.Select(Scale).ToList(),
            page.SpacedLines?.Select(l => new SpacedLine(Scale(l.Box), [.. l.Glyphs.Select(g => ((int)(g.Left * factor), Math.Max((int)(g.Left * factor) + 1, (int)Math.Ceiling(g.Right * factor))))])).ToList())
        {
            SkewRadians = page.SkewRadians,
            Upscale = page.Upscale * factor,
            GlyphHeight = page.GlyphHeight * factor,
        };
    }
}
