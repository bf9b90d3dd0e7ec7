using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples.OcrPages;

namespace DocClassifier.Tests.Extraction.Ocr;

[TestFixture]
[Category("Ocr")]
public class TesseractOrientationDetectorTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void APageTurnedClockwise_IsToBeTurnedTheRestOfTheWayRound(int quarterTurnsClockwise)
    {
        using var upright = Pix.TryRead(OcrPageSet.Page(OcrPageSet.TuneFolder, 0).Image)!;
        using var turned = QuarterTurns.Turn(upright, quarterTurnsClockwise);
        using var detector = new TesseractOrientationDetector(new ExtractionOptions().TessdataPath);

        var turn = detector.Detect(turned);

        Assert.That(turn?.QuarterTurns, Is.EqualTo((4 - quarterTurnsClockwise) % 4));
    }

    [Test]
    public void ADisposedDetector_TellsNothing()
    {
        using var upright = Pix.TryRead(OcrPageSet.Page(OcrPageSet.TuneFolder, 0).Image)!;
        var detector = new TesseractOrientationDetector(new ExtractionOptions().TessdataPath);
        detector.Dispose();

        Assert.That(detector.Detect(upright), Is.Null);
    }

    [Test]
    public void WithoutTheModel_TheDetectorTellsNothing()
    {
        using var upright = Pix.TryRead(OcrPageSet.Page(OcrPageSet.TuneFolder, 0).Image)!;
        using var folder = new Support.TempFolder();
        using var detector = new TesseractOrientationDetector(folder.Path);

        Assert.That(detector.Detect(upright), Is.Null);
    }
}
