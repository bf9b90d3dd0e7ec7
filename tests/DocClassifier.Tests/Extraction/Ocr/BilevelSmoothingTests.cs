using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The grey a black-and-white page (a fax, a G4 scan) is made before it is prepared.</summary>
[TestFixture]
public class BilevelSmoothingTests
{
    [Test]
    public void ThePixelsAtABlackSquaresEdge_AreTheMeanOfTheir3x3Square()
    {
        using var page = GreyImages.BlackSquareOnWhite(300, 300);

        using var smooth = BilevelSmoothing.Smooth(page);

        var grey = GreyRaster.From(smooth);
        Assert.Multiple(() =>
        {
            Assert.That(smooth.Resolution, Is.EqualTo(300));
            Assert.That(grey[30, 15], Is.EqualTo(0), "inside the square");
            Assert.That(grey[5, 5], Is.EqualTo(255), "the paper");
            Assert.That(grey[30, 10], Is.EqualTo(255 / 3).Within(1), "the square's top row: a third of its 3 x 3 is paper");
            Assert.That(grey[20, 10], Is.EqualTo(255 * 5 / 9).Within(1), "its corner: five ninths paper");
        });
    }

    [TestCase(1, 204, true)]
    [TestCase(1, 300, true)]
    [TestCase(1, 150, false)]
    [TestCase(8, 300, false)]
    public void OnlyABlackAndWhitePageOf200DpiOrMore_IsSmoothed(int depth, int resolution, bool smoothed) =>
        Assert.That(BilevelSmoothing.Applies(depth, resolution), Is.EqualTo(smoothed));

    [Test]
    public void ABlackAndWhiteDeclarationAt200Dpi_IsRead()
    {
        // A declaration (tune half, page 1, Hei, 200 dpi) thresholded to black and white: 30.5 % CER with its pixel stairs
        // scaled up as they were, 6.9 % smoothed first.
        var (name, image, truth, _) = OcrPageSet.Page(OcrPageSet.TuneFolder, 1);
        using var grey = Pix.TryRead(image)!;
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
        binary.Resolution = 200;
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write(Path.ChangeExtension(name, ".png"), binary.Encode(LeptonicaApi.FormatPng))).Text;

        Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.12), text);
    }
}
