using SkiaSharp;

namespace DocClassifier.Samples;

// GroundTruth is the page's text in reading order (see PageContent.GroundTruth), so OCR output
// can be compared against it directly.
public sealed record RenderedPage(SKBitmap Bitmap, int Dpi, string GroundTruth) : IDisposable
{
    public void Dispose() => Bitmap.Dispose();
}
