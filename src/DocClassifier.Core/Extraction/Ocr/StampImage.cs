using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>A received stamp cut out of a page to be read on its own: where it lay on the page, and its image.</summary>
internal sealed record StampImage(PixelRect Box, Pix Image) : IDisposable
{
    public void Dispose() => Image.Dispose();
}
