using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples.OcrPages;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A seal stamped over text is whitened in a grey scan; the text's ink is never touched.</summary>
[TestFixture]
public class SealEraserTests
{
    private const string Text = "臺端申請房屋稅退稅一案，經核符合規定，退稅款將於本函送達後十日內匯入指定帳戶，請查照。如不服本處核定，得於收到本函之次日起三十日內申請復查。";

    [Test]
    public void ASealOverText_IsWhitened_AndTheTextsInkIsKept()
    {
        using var page = Scan(withSeal: true);
        using var unstamped = Scan(withSeal: false);
        var before = GreyRaster.From(page).Pixels;

        var erased = SealEraser.Erase(page, 250);

        // The text's anti-aliased edges are seal-grey too: what counts is the grey the seal added.
        var after = GreyRaster.From(page).Pixels;
        var textGrey = Count(GreyRaster.From(unstamped).Pixels, v => v is >= 150 and < 200);
        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.True);
            Assert.That(Count(after, v => v is >= 150 and < 200) - textGrey, Is.LessThan((Count(before, v => v is >= 150 and < 200) - textGrey) / 5), "seal-grey pixels left");
            Assert.That(Count(after, v => v < 135), Is.EqualTo(Count(before, v => v < 135)), "ink pixels");
        });
    }

    [Test]
    public void APageWithoutASeal_IsLeftAsItIs()
    {
        using var page = Scan(withSeal: false);
        var before = GreyRaster.From(page).Pixels;

        var erased = SealEraser.Erase(page, 250);

        Assert.Multiple(() =>
        {
            Assert.That(erased, Is.False);
            Assert.That(GreyRaster.From(page).Pixels, Is.EqualTo(before));
        });
    }

    private static Pix Scan(bool withSeal)
    {
        var (image, _) = OcrPageSet.Render(
            (page, _, _) =>
            {
                var top = page.Y;
                _ = page.Paragraph(Text, 12);
                if (withSeal)
                {
                    page.Stamp(page.Left + ((page.Right - page.Left) * 0.3f), top + 40, 1f, "稅務專用章", round: true);
                }
            },
            OcrFaces.UMing,
            new OcrPageScan(OcrPageScan.Grey, 250, 0.3f, 0),
            seed: 18);
        using var decoded = Pix.TryRead(image) ?? throw new InvalidOperationException("The generated page did not decode.");
        return Pix.Own(LeptonicaApi.PixConvertTo8(decoded.Pointer, 0), "grey conversion");
    }

    private static int Count(byte[] pixels, Func<byte, bool> wanted) => pixels.Count(wanted);
}
