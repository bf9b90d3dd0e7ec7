using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>A page image ready for OCR, and the table cells found on it (empty when it has no ruled table).</summary>
internal sealed record PreparedPage(Pix Image, IReadOnlyList<PixelRect> Cells) : IDisposable
{
    public void Dispose() => Image.Dispose();
}
