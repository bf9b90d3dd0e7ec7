using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction;

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
        Assert.That(LeptonicaApi.PixSauvolaBinarizeTiled(grey.Pointer, halfWindow, factor, 1, 1, IntPtr.Zero, out var reference), Is.Zero);
        using var leptonica = Pix.Own(reference, "reference binarisation");

        var (differ, ink) = Compare(ours, leptonica);
        Assert.Multiple(() =>
        {
            Assert.That(differ, Is.Zero, "pixels that differ from Leptonica's");
            Assert.That(ink, Is.InRange(width * height / 50, width * height / 2), "ink pixels: the test page has text and paper");
        });
    }

    [Test]
    public void MatchesLeptonica_WhereTheWindowIsHalfBlackHalfWhite()
    {
        // The largest variance there is: black and white columns in turn, and a solid block of each.
        using var grey = Stripes(97, 61);

        using var ours = SauvolaBinarizer.Binarize(grey, 12, 0.34f);
        Assert.That(LeptonicaApi.PixSauvolaBinarizeTiled(grey.Pointer, 12, 0.34f, 1, 1, IntPtr.Zero, out var reference), Is.Zero);
        using var leptonica = Pix.Own(reference, "reference binarisation");

        var (differ, ink) = Compare(ours, leptonica);
        Assert.That((differ, ink > 0), Is.EqualTo((0, true)), "pixels that differ from Leptonica's, and whether there is ink");
    }

    [TestCase(FormPng, 15, TestName = "The scanned form at 300 dpi")]
    [TestCase(FormJpeg, 12, TestName = "The form as a JPEG scan")]
    [TestCase(LowResolutionForm, 8, TestName = "The form at 150 dpi")]
    public void MatchesLeptonica_OnTheScannedForms(string fixture, int halfWindow)
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(fixture)))!;
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(scan.Pointer, 0), "grey conversion");

        using var ours = SauvolaBinarizer.Binarize(grey, halfWindow, 0.34f);
        Assert.That(LeptonicaApi.PixSauvolaBinarizeTiled(grey.Pointer, halfWindow, 0.34f, 1, 1, IntPtr.Zero, out var reference), Is.Zero);
        using var leptonica = Pix.Own(reference, "reference binarisation");

        Assert.That(Compare(ours, leptonica).Differ, Is.Zero, "pixels that differ from Leptonica's");
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

    // Paper with grain and a shading gradient, dark strokes of varying contrast, and a black block at
    // the edges (so the mirrored border matters).
    private static unsafe Pix ScanLike(int width, int height, int seed)
    {
        var pix = Pix.Own(LeptonicaApi.PixCreate(width, height, 8), "page");
        var data = (byte*)LeptonicaApi.PixGetData(pix.Pointer);
        var bytesPerLine = 4 * LeptonicaApi.PixGetWpl(pix.Pointer);
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var paper = 200 + (40 * x / width) + random.Next(-12, 13);
                var stroke = (x / 3 % 4 == 0 && y % 11 < 7) || (y % 17 == 3);
                var value = stroke ? random.Next(10, 140) : paper;
                if (x < 4 && y < 6)
                {
                    value = 0;
                }

                data[(y * bytesPerLine) + (x ^ 3)] = (byte)Math.Clamp(value, 0, 255);
            }
        }

        return pix;
    }

    private static unsafe Pix Stripes(int width, int height)
    {
        var pix = Pix.Own(LeptonicaApi.PixCreate(width, height, 8), "page");
        var data = (byte*)LeptonicaApi.PixGetData(pix.Pointer);
        var bytesPerLine = 4 * LeptonicaApi.PixGetWpl(pix.Pointer);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var white = x < 30 ? x % 2 == 0 : x < 60 ? y < 30 : x % 3 != 0;
                data[(y * bytesPerLine) + (x ^ 3)] = white ? (byte)255 : (byte)0;
            }
        }

        return pix;
    }

    private static unsafe (int Differ, int Ink) Compare(Pix ours, Pix leptonica)
    {
        Assert.That((ours.Width, ours.Height, ours.Depth), Is.EqualTo((leptonica.Width, leptonica.Height, leptonica.Depth)));
        _ = LeptonicaApi.PixSetPadBits(ours.Pointer, 0);
        _ = LeptonicaApi.PixSetPadBits(leptonica.Pointer, 0);
        var words = LeptonicaApi.PixGetWpl(ours.Pointer) * ours.Height;
        var a = new ReadOnlySpan<uint>(LeptonicaApi.PixGetData(ours.Pointer), words);
        var b = new ReadOnlySpan<uint>(LeptonicaApi.PixGetData(leptonica.Pointer), words);
        var (differ, ink) = (0, 0);
        for (var i = 0; i < words; i++)
        {
            differ += System.Numerics.BitOperations.PopCount(a[i] ^ b[i]);
            ink += System.Numerics.BitOperations.PopCount(b[i]);
        }

        return (differ, ink);
    }
}
