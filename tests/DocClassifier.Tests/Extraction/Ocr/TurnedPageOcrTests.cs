using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A page scanned sideways or upside down is turned upright and read as it would be upright.</summary>
[TestFixture]
[Category("Ocr")]
public class TurnedPageOcrTests
{
    // The first letter of the tune half (Noto Sans, 300 dpi, JPEG), upright read at 0.3 % CER or less.
    private const int Letter = 0;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ALetterScannedTurned_IsReadAsIfUpright_WithItsLinesPlacedOnTheScanAsItIs(int quarterTurnsClockwise)
    {
        // Before, a letter turned a half or a quarter read at 93-98 % CER (and one turned a quarter killed the process).
        var (name, image, truth, _) = OcrPageSet.Page(OcrPageSet.TuneFolder, Letter);
        using var upright = Pix.TryRead(image)!;
        using var turned = QuarterTurns.Turn(upright, quarterTurnsClockwise);
        using var folder = new TempFolder();

        var page = Extractions.ExtractOnce(folder.Write(Path.ChangeExtension(name, $".turned{quarterTurnsClockwise}.png"), turned.Encode(LeptonicaApi.FormatPng))).Pages.Single();

        var (x, y) = TitleCentre(page);
        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(page.RawText, truth), Is.LessThanOrEqualTo(0.02), page.RawText);

            // The title, at the top of the upright letter, lies on the scan at the edge the page's top was turned to.
            switch (quarterTurnsClockwise)
            {
                case 1:
                    Assert.That(x, Is.GreaterThan(0.7), "turned a quarter clockwise, the top is on the right");
                    break;
                case 2:
                    Assert.That(y, Is.GreaterThan(0.7), "turned a half, the top is at the bottom");
                    break;
                default:
                    Assert.That(x, Is.LessThan(0.3), "turned a quarter counter-clockwise, the top is on the left");
                    break;
            }
        });
    }

    [Test]
    public void APhotoStoredSideways_IsReadTheWayItsExifSaysItWasTaken_WithItsLinesOnThePixelsAsStored()
    {
        // A phone held upright stores the picture turned a quarter counter-clockwise and writes Exif orientation 6.
        var (name, image, truth, _) = OcrPageSet.Page(OcrPageSet.TuneFolder, Letter);
        using var upright = Pix.TryRead(image)!;
        using var stored = QuarterTurns.Turn(upright, 3);
        using var folder = new TempFolder();
        var jpeg = ExifJpeg.WithOrientation(stored.Encode(LeptonicaApi.FormatJpeg), 6);

        var page = Extractions.ExtractOnce(folder.Write(Path.ChangeExtension(name, ".exif6.jpg"), jpeg)).Pages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(page.RawText, truth), Is.LessThanOrEqualTo(0.02), page.RawText);
            Assert.That(TitleCentre(page).X, Is.LessThan(0.3), "stored turned counter-clockwise, the top is on the left");
        });
    }

    [Test]
    public void AnUprightLetter_IsNotTurned()
    {
        var (name, image, truth, _) = OcrPageSet.Page(OcrPageSet.TuneFolder, Letter);
        using var folder = new TempFolder();

        var page = Extractions.ExtractOnce(folder.Write(name, image)).Pages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(page.RawText, truth), Is.LessThanOrEqualTo(0.02), page.RawText);
            Assert.That(TitleCentre(page).Y, Is.LessThan(0.3));
        });
    }

    // Where the letter's title line (its office, 稅務局) lies on the scan, as shares of its width and height.
    private static (double X, double Y) TitleCentre(ExtractedPage page)
    {
        var title = page.Lines!.First(l => l.Text.Contains("稅務局", StringComparison.Ordinal));
        return (title.Left + (title.Width / 2), title.Top + (title.Height / 2));
    }
}
