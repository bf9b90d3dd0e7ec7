using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

[TestFixture]
public class PixelRectTests
{
    [Test]
    public void ARectangleInsideTheImage_IsItselfWithin()
    {
        Assert.That(new PixelRect(10, 20, 30, 40).Within(100, 100), Is.EqualTo(new PixelRect(10, 20, 30, 40)));
    }

    [Test]
    public void ARectangleReachingOutsideTheImage_IsCutToItsEdges()
    {
        Assert.That(new PixelRect(-10, 90, 50, 40).Within(100, 100), Is.EqualTo(new PixelRect(0, 90, 40, 10)));
    }

    [TestCase(928, 1744, -5, 138)]
    [TestCase(10, 10, 0, 10)]
    [TestCase(10, 10, 10, -3)]
    [TestCase(100, 10, 10, 10)]
    [TestCase(10, -30, 10, 20)]
    public void ARectangleOfNoSizeOrOutsideTheImage_HasNothingWithin(int x, int y, int width, int height)
    {
        Assert.That(new PixelRect(x, y, width, height).Within(100, 100), Is.Null);
    }
}
