using DocClassifier.Extraction.Images;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Images;

[TestFixture]
public class ExifOrientationTests
{
    [TestCase(1, 0)]
    [TestCase(3, 2)]
    [TestCase(6, 1)]
    [TestCase(8, 3)]
    public void ACamerasOrientation_GivesTheQuarterTurnsThatShowThePictureAsTaken(int orientation, int quarterTurns)
    {
        Assert.That(ExifOrientation.QuarterTurns(ExifJpeg.WithOrientation(Jpeg(), orientation)), Is.EqualTo(quarterTurns));
    }

    [Test]
    public void APictureWithoutExif_IsNotTurned()
    {
        Assert.That(ExifOrientation.QuarterTurns(Jpeg()), Is.Zero);
    }

    [Test]
    public void BytesThatAreNoImage_AreNotTurned_AndDoNotThrow()
    {
        Assert.That(ExifOrientation.QuarterTurns([0xFF, 0xD8, 0xFF, 0xE1, 0x00]), Is.Zero);
    }

    // The first letter of the OCR page set's tune half is a JPEG.
    private static byte[] Jpeg() => OcrPageSet.Page(OcrPageSet.TuneFolder, 0).Image;
}
