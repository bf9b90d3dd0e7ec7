using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tells a Latin-script page from a Chinese one before it is read: a strip of text near the page's middle
/// (a tenth of the page, two or three lines, half a page wide at most) is read with the primary languages. chi_tra reads Latin letters as
/// Latin letters, so the strip's mix of Chinese characters and letters shows the page's script; an
/// English page is then read once, with the fallback languages, instead of twice.
/// </summary>
internal static class ScriptProbe
{
    private const double MaxStripShare = 0.1;

    // chi_tra reads Latin text slowly (a tenth of a receipt cost up to 5 s): a short strip of two or three lines of
    // body text, at most half a page wide, is read first, and the tenth of the page only when that one is unclear.
    private const double ShortStripInches = 0.45;
    private const double ShortStripWidthInches = 4.5;

    // A short strip is clearly Chinese when it has at least this many Chinese characters and more of them than Latin letters.
    private const int MinCjkForChinese = 4;
    private const int MinLetters = 8;

    // chi_tra makes Chinese characters out of a receipt's noise, logos and stamps (人, 了, 上: on 10 of the first 30
    // SROIE receipts, up to one for every two Latin letters), mostly alone or in pairs; a Chinese page's strip is
    // Chinese characters in runs, with at most a number or a Latin ID among them.
    private const double MaxCjkPerLatinLetter = 0.5;

    // Of those, the characters inside a run of three or more (real words) may be at most one for every four letters.
    private const double MaxCjkInRunsPerLatinLetter = 0.25;

    private const int MinRun = 3;

    /// <summary>
    /// The strip to read: the band of ink nearest the page's middle, cut to a tenth of the page, or when
    /// <paramref name="short"/> to two or three lines and half a page's width; null when there is none.
    /// </summary>
    public static PixelRect? Strip(PreparedPage page, bool @short = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.TextBands is not { Count: > 0 } bands)
        {
            return null;
        }

        var middle = page.Image.Height / 2;
        var band = bands.MinBy(b => Math.Abs(b.Y + (b.Height / 2) - middle));
        var resolution = page.Image.Resolution > 0 ? page.Image.Resolution : 300;
        var height = Math.Max(1, Math.Min(band.Height, (int)(page.Image.Height * MaxStripShare)));
        var width = band.Width;
        if (@short)
        {
            height = Math.Max(1, Math.Min(height, (int)(resolution * ShortStripInches)));
            width = Math.Min(width, (int)(resolution * ShortStripWidthInches));
        }

        var top = Math.Clamp(band.Y + (band.Height / 2) - (height / 2), band.Y, band.Y + band.Height - height);
        var left = band.X + ((band.Width - width) / 2);
        return new PixelRect(left, top, width, height);
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

    /// <summary>
    /// True when the strip's text is Latin letters with few Chinese characters among them, and few of those in
    /// runs of three or more as Chinese words come.
    /// </summary>
    public static bool IsLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = text.Count(char.IsAsciiLetter);
        var cjk = text.Count(IsCjk);
        return latin >= MinLetters && cjk <= latin * MaxCjkPerLatinLetter && CjkInRuns(text) <= latin * MaxCjkInRunsPerLatinLetter;
    }

    /// <summary>True when the strip's text has Chinese characters enough, and more of them than Latin letters.</summary>
    public static bool IsChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cjk = text.Count(IsCjk);
        return cjk >= MinCjkForChinese && cjk > text.Count(char.IsAsciiLetter);
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static int CjkInRuns(string text)
    {
        var inRuns = 0;
        var run = 0;
        foreach (var c in text + ' ')
        {
            if (IsCjk(c))
            {
                run++;
                continue;
            }

            inRuns += run >= MinRun ? run : 0;
            run = 0;
        }

        return inRuns;
    }
}
