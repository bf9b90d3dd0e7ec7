using System.Text;
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

    // A strip holds Chinese words when at least this many of its Chinese characters stand in such runs (a receipt's noise
    // makes them alone or in pairs).
    private const int MinCjkInWords = 8;

    // A Latin model's mean confidence on a strip of Latin text it is sure enough of to skip the Chinese reading.
    // (Whole pages read with eng: SROIE receipts 66-82, Chinese tune pages 22-43.)
    private const int MinLatinConfidence = 60;

    // The Latin model's letters count only in words of this many letters or more: on a Chinese page it makes scraps of one
    // or two letters of the strokes (a triplicate invoice's strip: `—— Fale ee re ¥`, confidence 67, eight letters).
    private const int MinWordLetters = 3;

    /// <summary>
    /// The strip to read: the band of ink nearest the page's middle (or the tallest, the page's body of text, when
    /// <paramref name="tallest"/>), cut to a tenth of the page, or when <paramref name="short"/> to two or three lines and
    /// half a page's width; null when there is none.
    /// </summary>
    public static PixelRect? Strip(PreparedPage page, bool @short = false, bool tallest = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.TextBands is not { Count: > 0 } bands)
        {
            return null;
        }

        var middle = page.Image.Height / 2;
        var band = tallest ? bands.MaxBy(b => b.Height) : bands.MinBy(b => Math.Abs(b.Y + (b.Height / 2) - middle));
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
        var (snappedTop, snappedBottom) = SnapToGaps(page.Image, left, width, top, top + height, band);
        return new PixelRect(left, snappedTop, width, snappedBottom - snappedTop);
    }

    // The strip's top and bottom moved to the lightest row within a third of its height (inside its band): a line cut in half
    // reads as noise of little confidence, and the Latin model's confidence decides the script.
    private static (int Top, int Bottom) SnapToGaps(Pix image, int left, int width, int top, int bottom, PixelRect band)
    {
        var reach = (bottom - top) / 3;
        var (from, to) = (Math.Max(band.Y, top - reach), Math.Min(band.Bottom, bottom + reach));
        if (reach < 2 || image.Depth != 8 || to - from < 3 || width < 1)
        {
            return (top, bottom);
        }

        // One row more than the reach, so that the row just below a strip's bottom (its first row outside) can be looked at.
        using var clip = image.Clip(left, from, width, Math.Min(image.Height, to + 1) - from, "clipping");
        var raster = GreyRaster.From(clip);
        var ink = new int[raster.Height];
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                ink[y] += raster[x, y] < 128 ? 1 : 0;
            }
        }

        int Lightest(int around, int limitLow, int limitHigh) => Enumerable.Range(limitLow, limitHigh - limitLow + 1)
            .MinBy(y => (ink[y], Math.Abs(y - around)));
        var (t, b) = (top - from, bottom - from);
        var newTop = Lightest(t, Math.Max(0, t - reach), Math.Min(raster.Height - 1, t + reach));
        var newBottom = Lightest(b, Math.Max(0, b - reach), Math.Min(raster.Height - 1, b + reach));
        return newBottom - newTop >= (bottom - top) / 2 ? (from + newTop, from + newBottom) : (top, bottom);
    }

    /// <summary>A copy of the strip, ready to be read on its own.</summary>
    public static PreparedPage Cut(PreparedPage page, PixelRect strip)
    {
        ArgumentNullException.ThrowIfNull(page);
        var image = page.Image.Clip(strip.X, strip.Y, strip.Width, strip.Height, "clipping");
        image.Resolution = page.Image.Resolution;
        return new PreparedPage(image, []);
    }

    /// <summary>
    /// True when the strip's text is Latin letters with few Chinese characters among them, and few of those in
    /// runs of three or more as Chinese words come.
    /// </summary>
    public static bool IsLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = text.Count(char.IsAsciiLetter);
        var cjk = text.Count(HanCharacters.Is);
        return latin >= MinLetters && cjk <= latin * MaxCjkPerLatinLetter && CjkInRuns(text) <= latin * MaxCjkInRunsPerLatinLetter;
    }

    /// <summary>
    /// True when a Latin model's reading of the strip has letters enough, in words, and Tesseract is confident of it: that
    /// model reads Chinese characters as scattered marks of little confidence.
    /// </summary>
    public static bool IsConfidentLatin(OcrResult latinReading)
    {
        ArgumentNullException.ThrowIfNull(latinReading);
        var inWords = latinReading.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Count(char.IsAsciiLetter))
            .Where(letters => letters >= MinWordLetters)
            .Sum();
        return latinReading.MeanConfidence >= MinLatinConfidence && inWords >= MinLetters;
    }

    /// <summary>
    /// True when a Latin model read the strip as confidently as a Latin strip but found too few letters in words to call it
    /// Latin (amounts, dates, a short line): Chinese read with that model comes back with little confidence.
    /// </summary>
    public static bool IsConfidentWithFewLetters(OcrResult latinReading)
    {
        ArgumentNullException.ThrowIfNull(latinReading);
        return latinReading.MeanConfidence >= MinLatinConfidence && !IsConfidentLatin(latinReading);
    }

    /// <summary>True when the strip's text has Chinese characters enough, and more of them than Latin letters.</summary>
    public static bool IsChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cjk = text.Count(HanCharacters.Is);
        return cjk >= MinCjkForChinese && cjk > text.Count(char.IsAsciiLetter);
    }

    /// <summary>
    /// True when the strip's text is clearly Chinese, or holds Chinese words among as many Latin letters (an e-mail's headers:
    /// `寄件者：戴惠春 &lt;tina245@yahoo.com.tw&gt;`): the characters in runs of three or more, as words come, are enough of them.
    /// </summary>
    public static bool HoldsChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsChinese(text) || CjkInRuns(text) >= MinCjkInWords;
    }

    // A run of one character repeated (一一一 for a receipt's dashed rule, 家家家家 for its row of asterisks) is a mark
    // read as Chinese, not a word.
    private static int CjkInRuns(string text)
    {
        var inRuns = 0;
        var run = new StringBuilder();
        foreach (var c in text + ' ')
        {
            if (HanCharacters.Is(c))
            {
                run.Append(c);
                continue;
            }

            inRuns += run.Length >= MinRun && run.ToString().Distinct().Skip(1).Any() ? run.Length : 0;
            run.Clear();
        }

        return inRuns;
    }
}
