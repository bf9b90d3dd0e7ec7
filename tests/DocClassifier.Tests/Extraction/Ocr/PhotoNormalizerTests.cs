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
