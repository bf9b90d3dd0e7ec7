using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tells a Latin-script page from a Chinese one before it is read: a strip of text near the page's middle
/// (a tenth of the page at most) is read with the primary languages. chi_tra reads Latin letters as
/// Latin letters, so the strip's mix of Chinese characters and letters shows the page's script; an
/// English page is then read once, with the fallback languages, instead of twice.
/// </summary>
internal static class ScriptProbe
{
    private const double MaxStripShare = 0.1;
    private const int MinLetters = 8;
    private const double MaxCjkShareForLatin = 0.15;

    /// <summary>The strip to read: the band of ink nearest the page's middle, cut to a tenth of the page; null when there is none.</summary>
    public static PixelRect? Strip(PreparedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.TextBands is not { Count: > 0 } bands)
        {
            return null;
        }

        var middle = page.Image.Height / 2;
        var band = bands.MinBy(b => Math.Abs(b.Y + (b.Height / 2) - middle));
        var height = Math.Min(band.Height, Math.Max(1, (int)(page.Image.Height * MaxStripShare)));
        var top = Math.Clamp(band.Y + (band.Height / 2) - (height / 2), band.Y, band.Y + band.Height - height);
        return new PixelRect(band.X, top, band.Width, height);
    }

    /// <summary>A copy of the strip, ready to be read on its own.</summary>
    public static PreparedPage Cut(PreparedPage page, PixelRect strip)
    {
        ArgumentNullException.ThrowIfNull(page);
        var box = LeptonicaApi.BoxCreate(strip.X, strip.Y, strip.Width, strip.Height);
        try
        {
            var image = Pix.Own(LeptonicaApi.PixClipRectangle(page.Image.Pointer, box, IntPtr.Zero), "clipping");
            image.Resolution = page.Image.Resolution;
            return new PreparedPage(image, []);
        }
        finally
        {
            LeptonicaApi.BoxDestroy(ref box);
        }
    }

    /// <summary>True when the strip's text is Latin letters with (next to) no Chinese among them.</summary>
    public static bool IsLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Count(char.IsLetter);
        var cjk = text.Count(c => c is >= '\u3400' and <= '\u9FFF');
        return letters >= MinLetters && cjk <= letters * MaxCjkShareForLatin;
    }
}
