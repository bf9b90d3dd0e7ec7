using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Where a page's lines of ink have ink, to tell a mark Tesseract made up over blank paper from a printed one.</summary>
[TestFixture]
public class InkLineTests
{
    private static readonly InkLine[] Lines = [new InkLine(100, 140, [(200, 204), (238, 239), (300, 340)])];

    [Test]
    public void ACommasInk_AFewPixelsLeftOfTesseractsBox_IsFound()
    {
        Assert.That(InkLine.AnyIn(Lines, new PixelRect(203, 96, 16, 50)), Is.True);
    }

    [Test]
    public void BlankPaper_AndASpeckOfOnePixel_AreNoInk()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InkLine.AnyIn(Lines, new PixelRect(250, 96, 27, 50)), Is.False);
            Assert.That(InkLine.AnyIn(Lines, new PixelRect(230, 96, 6, 16)), Is.False);
        });
    }

    [Test]
    public void InkOnAnotherLine_IsNotInTheBox()
    {
        Assert.That(InkLine.AnyIn(Lines, new PixelRect(300, 200, 40, 40)), Is.False);
    }
}
