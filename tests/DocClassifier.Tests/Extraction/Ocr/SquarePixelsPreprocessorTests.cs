using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>What a fax (fewer lines an inch down than dots across) looks like when the page preprocessor gets it.</summary>
[TestFixture]
public class SquarePixelsPreprocessorTests
{
    [Test]
    public void ABlackAndWhiteFax_IsStretchedToSquarePixels()
    {
        using var fax = GreyImages.BlackSquareOnWhite(204, 98);
        var inner = new CapturingPreprocessor();

        using var _ = new SquarePixelsPreprocessor(inner).Prepare(fax);

        var seen = inner.Seen!;
        Assert.Multiple(() =>
        {
            Assert.That(seen.Width, Is.EqualTo(fax.Width));
            Assert.That(seen.Height, Is.EqualTo(fax.Height * 204 / 98).Within(1));
            Assert.That(inner.SeenResolution, Is.EqualTo(204));
            Assert.That(inner.SeenDepth, Is.EqualTo(1), "black and white still: the inner preprocessor smooths it");
            Assert.That(seen[30, 30], Is.EqualTo(0), "inside the square");
            Assert.That(seen[30, 19], Is.EqualTo(255), "above it");
        });
    }

    [Test]
    public void APageWithSquarePixels_PassesAsItIs()
    {
        using var page = GreyImages.BlackSquareOnWhite(200, 200);
        var inner = new CapturingPreprocessor();

        using var _ = new SquarePixelsPreprocessor(inner).Prepare(page);

        Assert.Multiple(() =>
        {
            Assert.That(inner.SeenDepth, Is.EqualTo(1));
            Assert.That(inner.Seen!.Height, Is.EqualTo(page.Height));
        });
    }

    private sealed class CapturingPreprocessor : IPagePreprocessor
    {
        public GreyRaster? Seen { get; private set; }

        public int SeenDepth { get; private set; }

        public int SeenResolution { get; private set; }

        public PreparedPage Prepare(Pix page)
        {
            SeenDepth = page.Depth;
            SeenResolution = page.Resolution;
            using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
            grey.Resolution = page.Resolution;
            Seen = GreyRaster.From(grey);
            return new PreparedPage(Pix.Own(LeptonicaApi.PixCopy(IntPtr.Zero, grey.Pointer), "copy"), [], null, null);
        }
    }
}
