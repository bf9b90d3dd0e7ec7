namespace DocClassifier.Extraction.Ocr;

/// <summary>A rectangle in image pixels, top-left origin.</summary>
internal readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    public int Bottom => Y + Height;

    public int CenterY => Y + (Height / 2);
}
