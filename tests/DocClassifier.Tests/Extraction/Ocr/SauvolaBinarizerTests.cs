using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using static DocClassifier.Tests.Support.GeneratedFixtures;
using static DocClassifier.Tests.Support.GreyImages;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Our one-pass Sauvola gives Leptonica's pixSauvolaBinarize pixel for pixel, edges included.</summary>
[TestFixture]
public class SauvolaBinarizerTests
{
    [TestCase(301, 257, 12, 0.34f, TestName = "Odd sizes, the preprocessor's window and factor")]
    [TestCase(64, 40, 2, 0.5f, TestName = "The smallest window")]
    [TestCase(29, 29, 13, 0.2f, TestName = "A window as large as the image allows")]
    public void MatchesLeptonica_OnAScanLikePage(int width, int height, int halfWindow, float factor)
    {
        using var grey = ScanLike(width, height, seed: width + height);

        using var ours = SauvolaBinarizer.Binarize(grey, halfWindow, factor);
        using var leptonica = Leptonicas(grey, halfWindow, factor);

        Assert.Multiple(() =>
        {
            Assert.That(DifferingPixels(ours, leptonica), Is.Zero, "pixels that differ from Leptonica's");
            Assert.That(Ink(leptonica), Is.InRange(width * height / 50, width * height / 2), "ink pixels: the test page has text and paper");
        });
    }

    [Test]
    public void MatchesLeptonica_WhereTheWindowIsHalfBlackHalfWhite()
    {
        // The largest variance there is: black and white columns in turn, and a solid block of each.
        using var grey = Paint(97, 61, (x, y) => (x < 30 ? x % 2 == 0 : x < 60 ? y < 30 : x % 3 != 0) ? 255 : 0);

        using var ours = SauvolaBinarizer.Binarize(grey, 12, 0.34f);
        using var leptonica = Leptonicas(grey, 12, 0.34f);

        Assert.That((DifferingPixels(ours, leptonica), Ink(leptonica) > 0), Is.EqualTo((0, true)), "pixels that differ from Leptonica's, and whether there is ink");
    }

    [TestCase(FormPng, 15, TestName = "The scanned form at 300 dpi")]
    [TestCase(FormJpeg, 12, TestName = "The form as a JPEG scan")]
    [TestCase(LowResolutionForm, 8, TestName = "The form at 150 dpi")]
    public void MatchesLeptonica_OnTheScannedForms(string fixture, int halfWindow)
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(fixture)))!;
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(scan.Pointer, 0), "grey conversion");

        using var ours = SauvolaBinarizer.Binarize(grey, halfWindow, 0.34f);
        using var leptonica = Leptonicas(grey, halfWindow, 0.34f);

        Assert.That(DifferingPixels(ours, leptonica), Is.Zero, "pixels that differ from Leptonica's");
    }

    [Test]
    public void AWindowLargerThanTheImage_IsRefused()
    {
        using var grey = ScanLike(20, 20, seed: 1);

        Assert.That(() => SauvolaBinarizer.Binarize(grey, 12, 0.34f), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void ABinaryImage_IsRefused()
    {
        using var binary = Pix.Own(LeptonicaApi.PixCreate(100, 100, 1), "page");

        Assert.That(() => SauvolaBinarizer.Binarize(binary, 12, 0.34f), Throws.ArgumentException.With.Message.Contains("grey"));
    }

    private static Pix Leptonicas(Pix grey, int halfWindow, float factor)
    {
        Assert.That(LeptonicaApi.PixSauvolaBinarizeTiled(grey.Pointer, halfWindow, factor, 1, 1, IntPtr.Zero, out var binary), Is.Zero);
        return Pix.Own(binary, "reference binarisation");
    }
}
