namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A piece of recognised text where it lies on the page: a line Tesseract laid out (with the number of the
/// block it put it in), a table row, or a line read on its own (block -1: it belongs to no block).
/// </summary>
internal readonly record struct TextPiece(PixelRect Box, string Text, int Block = -1)
{
    public int Right => Box.X + Box.Width;
}
