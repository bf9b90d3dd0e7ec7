using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>What a fax (fewer lines an inch down than dots across) looks like when the page preprocessor gets it.</summary>
[TestFixture]
public class SquarePixelsPreprocessorTests
{
    private const int Width = 60;
    private const int Height = 30;

    [Test]
    public void ABlackAndWhiteFax_IsStretchedToSquarePixels()
    {
        using var fax = BlackSquareOnWhite(204, 98);
        var inner = new CapturingPreprocessor();

        using var _ = new SquarePixelsPreprocessor(inner).Prepare(fax);

        var seen = inner.Seen!;
        Assert.Multiple(() =>
        {
            Assert.That(seen.Width, Is.EqualTo(Width));
            Assert.That(seen.Height, Is.EqualTo(Height * 204 / 98).Within(1));
            Assert.That(inner.SeenResolution, Is.EqualTo(204));
            Assert.That(inner.SeenDepth, Is.EqualTo(1), "black and white still: the inner preprocessor smooths it");
            Assert.That(seen[30, 30], Is.EqualTo(0), "inside the square");
            Assert.That(seen[30, 19], Is.EqualTo(255), "above it");
        });
    }

    [Test]
    public void APageWithSquarePixels_PassesAsItIs()
    {
        using var page = BlackSquareOnWhite(200, 200);
        var inner = new CapturingPreprocessor();

        using var _ = new SquarePixelsPreprocessor(inner).Prepare(page);

        Assert.Multiple(() =>
        {
            Assert.That(inner.SeenDepth, Is.EqualTo(1));
            Assert.That(inner.Seen!.Height, Is.EqualTo(Height));
        });
    }

    // A black-and-white page with a black square in its middle (rows 10-19, columns 20-39), at the resolutions given.
    internal static Pix BlackSquareOnWhite(int across, int down)
    {
        var pixels = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                pixels[(y * Width) + x] = x is >= 20 and < 40 && y is >= 10 and < 20 ? (byte)0 : (byte)255;
            }
        }

        using var grey = Pix.FromGrey(pixels, Width, Height, Width, across);
        var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
        _ = LeptonicaApi.PixSetResolution(binary.Pointer, across, down);
        return binary;
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
