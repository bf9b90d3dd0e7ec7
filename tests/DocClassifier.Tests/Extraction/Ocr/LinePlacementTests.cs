using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Lines read on a straightened, rescaled page land where their ink is on the page as the file holds it.</summary>
[TestFixture]
public class LinePlacementTests
{
    private const int Width = 800;
    private const int Height = 600;

    [TestCase(0.0f)]
    [TestCase(0.05f)]
    [TestCase(-0.05f)]
    public void AMarkFoundOnTheTurnedPage_IsPlacedWhereItIsOnTheOriginal(float radians)
    {
        // A dark mark near a corner, where turning the page moves it most.
        using var original = Pix.Own(LeptonicaApi.PixCreate(Width, Height, 8), "page");
        _ = LeptonicaApi.PixRasterop(original.Pointer, 0, 0, Width, Height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
        _ = LeptonicaApi.PixRasterop(original.Pointer, 680, 60, 40, 20, LeptonicaApi.RasterClear, IntPtr.Zero, 0, 0);

        // As the preprocessor does it: turned by Leptonica, then scaled (the placement must undo both).
        using var turned = Pix.Own(LeptonicaApi.PixRotate(original.Pointer, radians, 2, 1, 0, 0), "turn");
        using var scaled = Pix.Own(LeptonicaApi.PixScale(turned.Pointer, 1.5f, 1.5f), "scale");
        var mark = DarkBox(scaled);
        using var page = new PreparedPage(Pix.Own(LeptonicaApi.PixCopy(IntPtr.Zero, scaled.Pointer), "copy"), []) { SkewRadians = radians };

        var placed = LinePlacement.OnSource(page, [new TextPiece(mark, "稅")]).Single();

        Assert.That(placed.Text, Is.EqualTo("稅"));
        Assert.That((placed.Left + (placed.Width / 2)) * Width, Is.EqualTo(700).Within(3), "centre across, in original pixels");
        Assert.That((placed.Top + (placed.Height / 2)) * Height, Is.EqualTo(70).Within(3), "centre down, in original pixels");
    }

    private static PixelRect DarkBox(Pix grey)
    {
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
        var boxes = LeptonicaApi.PixConnComp(binary.Pointer, IntPtr.Zero, 8);
        try
        {
            Assert.That(LeptonicaApi.BoxaGetCount(boxes), Is.EqualTo(1));
            _ = LeptonicaApi.BoxaGetBoxGeometry(boxes, 0, out var x, out var y, out var width, out var height);
            return new PixelRect(x, y, width, height);
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }
}
