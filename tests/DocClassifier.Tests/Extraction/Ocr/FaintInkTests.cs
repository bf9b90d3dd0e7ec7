using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Faded print is darkened; print whose darkest ink is dark only a little, however light its median ink.</summary>
[TestFixture]
public class FaintInkTests
{
    [Test]
    public void FadedPrint_IsDarkened()
    {
        // Paper at 245, every stroke a faded 175 (70 levels below the paper).
        var page = Page((0.9, 245), (0.1, 175));

        Assert.That(FaintInk.Gain(page), Is.EqualTo(100.0 / 70).Within(0.01));
    }

    [Test]
    public void BlackTextWithTheBacksPrintShowingThrough_IsDarkenedALittleAtMost()
    {
        // A receipt scanned with the back's print showing through (SROIE 10-18): black text over 6 % of the page, and
        // show-through 25-40 levels below the paper over 14 %, so that the median "ink" pixel is show-through.
        var page = Page((0.8, 244), (0.06, 10), (0.07, 215), (0.07, 205));

        Assert.That(FaintInk.Gain(page), Is.InRange(1, 1.2));
    }

    private static GreyRaster Page(params (double Share, byte Grey)[] parts)
    {
        const int width = 100, height = 100;
        var pixels = new List<byte>(width * height);
        foreach (var (share, grey) in parts)
        {
            pixels.AddRange(Enumerable.Repeat(grey, (int)Math.Round(share * width * height)));
        }

        return new GreyRaster(width, height, [.. pixels]);
    }
}
