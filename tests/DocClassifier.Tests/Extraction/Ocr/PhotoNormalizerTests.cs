using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.Photos;
using DocClassifier.Tests.Support;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Phone photos are flattened and read like scans; scans never go through the photo steps.</summary>
[TestFixture]
[Category("Ocr")]
public class PhotoNormalizerTests
{
    private const double PhotoCerBound = 0.05;
    private static readonly ExtractionOptions Options = new();

    [Test]
    public void APhotographedForm_IsReadWithinFivePercentCer()
    {
        var page = Extractions.Extract(GeneratedPhotos.FormPhotoPath).Pages.Single();

        Assert.That(TextAccuracy.CharacterErrorRate(page.Text, ChineseTruth), Is.LessThanOrEqualTo(PhotoCerBound), page.Text);
    }

    [Test]
    public void AFadedPrintPhoto_IsReadWithinFivePercentCer()
    {
        var page = Extractions.Extract(GeneratedPhotos.FadedFormPhotoPath).Pages.Single();

        Assert.That(TextAccuracy.CharacterErrorRate(page.Text, ChineseTruth), Is.LessThanOrEqualTo(PhotoCerBound), page.Text);
    }

    [Test]
    public void APhotographedPage_IsCroppedToThePageAndStraightened()
    {
        using var photo = Pix.TryRead(File.ReadAllBytes(GeneratedPhotos.FormPhotoPath))!;

        using var flat = Normalizer().Normalize(photo);

        Assert.That(flat, Is.Not.Null);

        // The page becomes a rectangle as wide as its longer horizontal side and as tall as its longer
        // vertical one (one photo cannot tell the page's true shape); the whole photo would be A4-shaped.
        var corners = new PhotoDegrader().Corners.Select(c => (X: c.X * photo.Width, Y: c.Y * photo.Height)).ToList();
        var pageWidth = Math.Max(Distance(corners[0], corners[1]), Distance(corners[3], corners[2]));
        var pageHeight = Math.Max(Distance(corners[0], corners[3]), Distance(corners[1], corners[2]));
        Assert.Multiple(() =>
        {
            Assert.That((double)flat!.Height / flat.Width, Is.EqualTo(pageHeight / pageWidth).Within(0.02));
            Assert.That((double)photo.Height / photo.Width, Is.Not.EqualTo(pageHeight / pageWidth).Within(0.04));
            Assert.That(flat.Resolution, Is.EqualTo(Options.TargetResolution));
        });
    }

    [Test]
    public void AFadedPrintPhoto_HasItsCharactersMeasuredAndItsInkDarkened()
    {
        using var normal = Pix.TryRead(File.ReadAllBytes(GeneratedPhotos.FormPhotoPath))!;
        using var faded = Pix.TryRead(File.ReadAllBytes(GeneratedPhotos.FadedFormPhotoPath))!;

        var (_, _, normalGlyph, normalGain) = PhotoNormalizer.Inspect(normal);
        var (_, _, fadedGlyph, fadedGain) = PhotoNormalizer.Inspect(faded);

        // The faded ink is lighter than the usual threshold after flattening: without the lighter one its
        // characters go unmeasured and the photo is scaled by its size instead of its text.
        Assert.Multiple(() =>
        {
            Assert.That(normalGlyph, Is.Not.Null);
            Assert.That(fadedGlyph, Is.EqualTo(normalGlyph!.Value).Within(25).Percent);
            Assert.That(normalGain, Is.LessThan(1.2));
            Assert.That(fadedGain, Is.GreaterThan(1.8));
        });
    }

    [Test]
    public void AFadedPrintPhoto_ComesOutWithDarkInk()
    {
        using var faded = Pix.TryRead(File.ReadAllBytes(GeneratedPhotos.FadedFormPhotoPath))!;

        using var flat = Normalizer().Normalize(faded)!;

        // Only flattened (no gain), the darkest per cent of this photo is lighter than 200: its ink kept 30 % of its darkness.
        Assert.That(GreyRaster.From(flat).Percentile(0.01), Is.LessThan(160));
    }

    [TestCase(FormPng)]
    [TestCase(FormJpeg)]
    [TestCase(LowResolutionForm)]
    [TestCase(LetterPng)]
    public void AScan_DoesNotGoThroughThePhotoSteps(string fixture)
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(fixture)))!;

        using var flat = Normalizer().Normalize(scan);

        Assert.That(flat, Is.Null);
    }

    [Test]
    public void AnEvenlyLitImageWithoutAStatedResolution_IsNotAPhoto()
    {
        using var even = GreyImages.Paint(800, 1100, (x, y) => x % 40 < 3 && y % 30 < 20 ? 30 : 235);

        using var flat = Normalizer().Normalize(even);

        Assert.That(flat, Is.Null);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    private static PhotoNormalizer Normalizer() => new(PhotoNormalization.TargetGlyphHeight, Options.TargetResolution);
}
