using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// Small text is scaled up until its characters are 30 px tall, as Chinese needs; a Latin reading takes back what was
/// added beyond 20 px, and never reads a page smaller than it came.
/// </summary>
[TestFixture]
public class LatinScaleTests
{
    private static readonly ExtractionOptions Options = new();

    [TestCase(1.0, 30.0, 1.0, TestName = "A page that was not scaled up is read as it is")]
    [TestCase(1.5, 30.0, 2.0 / 3, TestName = "Characters scaled up to 30 px are read at 20 px")]
    [TestCase(1.25, 30.0, 0.8, TestName = "A page is not read smaller than it came")]
    [TestCase(2.0, 21.0, 1.0, TestName = "Characters already near 20 px are read as they are")]
    public void Factor_TakesBackWhatWasAddedBeyondTheLatinHeight(double upscale, double glyphHeight, double factor) =>
        Assert.That(LatinScale.Factor(upscale, glyphHeight), Is.EqualTo(factor).Within(1e-9));

    [Test]
    public void Factor_IsOne_WhenTheGlyphHeightWasNotMeasured() =>
        Assert.That(LatinScale.Factor(2, null), Is.EqualTo(1));

    [Test]
    [Category("Ocr")]
    public void A100DpiLetter_IsScaledUpForChinese_AndBackToTheLatinHeightForEnglish()
    {
        using var prepared = PreparedLetterAt100Dpi();

        Assert.That(prepared.Upscale, Is.GreaterThan(1.2), "small text is scaled up");
        Assert.That(prepared.GlyphHeight, Is.InRange(27, 33), "to about 30 px characters");

        using var latin = LatinScale.For(prepared);

        Assert.That(latin, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(latin!.GlyphHeight, Is.EqualTo(LatinScale.GlyphHeight).Within(0.5));
            Assert.That(latin.Image.Width, Is.LessThan(prepared.Image.Width).And.GreaterThanOrEqualTo((int)(prepared.Image.Width / prepared.Upscale)));
            Assert.That(latin.Image.Resolution, Is.LessThan(prepared.Image.Resolution));
            Assert.That(latin.TextBands, Has.Count.EqualTo(prepared.TextBands!.Count));
            Assert.That(latin.TextBands!.All(b => b.X >= 0 && b.Y >= 0 && b.X + b.Width <= latin.Image.Width && b.Bottom <= latin.Image.Height));
        });
    }

    [Test]
    [Category("Ocr")]
    public void A300DpiLetter_IsNotScaledForTheLatinReading()
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(LetterPng)))!;
        using var prepared = new LeptonicaPagePreprocessor(Options.TargetResolution, Options.DefaultResolution).Prepare(scan);

        Assert.That(LatinScale.For(prepared), Is.Null);
    }

    internal static Pix LetterAt100Dpi()
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(LetterPng)))!;
        var small = Pix.Own(LeptonicaApi.PixScale(scan.Pointer, 1f / 3, 1f / 3), "scaling");
        small.Resolution = 100;
        return small;
    }

    private static PreparedPage PreparedLetterAt100Dpi()
    {
        using var small = LetterAt100Dpi();
        return new LeptonicaPagePreprocessor(Options.TargetResolution, Options.DefaultResolution).Prepare(small);
    }
}
