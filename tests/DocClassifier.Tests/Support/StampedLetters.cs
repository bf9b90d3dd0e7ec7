using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples.OcrPages;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A letter of two paragraphs in UMing at 200 dpi, grey, with or without a received stamp (our generator's, 1.1 inches
/// across with 收文 in it, round or square) over its last line and the paper below it, where a clerk stamps a letter: the
/// stamp's ink is laid over the page as ink is (the darker of the two wins), its strokes at <c>inkLevel</c>.
/// </summary>
internal static class StampedLetters
{
    public const int Dpi = 200;

    public const string Text = "臺端申請房屋稅退稅一案，經核符合規定，退稅款將於本函送達後十日內匯入指定帳戶，請查照。如不服本處核定，得於收到本函之次日起三十日內申請復查。";

    /// <summary>How the letter is scanned: grey, at <see cref="Dpi"/>, straight.</summary>
    public static readonly OcrPageScan Scan = new(OcrPageScan.Grey, Dpi, 0f, 0);

    public static string Truth => OcrPageSet.Render(Letter, OcrFaces.UMing, Scan, seed: 18).Truth;

    /// <summary>The letter; with a stamp whose strokes are <paramref name="inkLevel"/> grey (0 black, 255 paper).</summary>
    public static Pix Render(bool withStamp, int inkLevel = 120, bool round = true)
    {
        var end = 0f;
        using var letterPage = GreyImages.Decode(OcrPageSet.Render(
            (page, phrases, random) =>
            {
                Letter(page, phrases, random);
                end = page.Y;
            },
            OcrFaces.UMing,
            Scan,
            seed: 18).Image);
        var letter = GreyRaster.From(letterPage);
        if (!withStamp)
        {
            return Pix.FromGrey(letter.Pixels, letter.Width, letter.Height, letter.Width, Dpi);
        }

        using var stampPage = GreyImages.Decode(OcrPageSet.Render(
            (page, _, _) => page.Stamp(page.Left + ((page.Right - page.Left) * 0.6f), end + (0.3f * Dpi), 1.1f, "收文", round),
            OcrFaces.UMing,
            Scan,
            seed: 19).Image);
        var stamp = GreyRaster.From(stampPage);
        var darkening = 255 - inkLevel;
        var stamped = letter.Pixels.Zip(stamp.Pixels, (text, seal) => (byte)Math.Min(text, 255 - (Math.Clamp(255 - seal, 0, 80) * darkening / 80))).ToArray();
        return Pix.FromGrey(stamped, letter.Width, letter.Height, letter.Width, Dpi);
    }

    // The letter's two paragraphs; the stamp goes where the second ends.
    private static void Letter(OcrPageCanvas page, OcrPhrases phrases, Random random)
    {
        _ = page.Paragraph(Text, 12);
        _ = page.Paragraph(Text, 12);
    }
}
