namespace DocClassifier.Extraction.Ocr;

/// <summary>A rectangle in image pixels, top-left origin.</summary>
internal readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    public int Bottom => Y + Height;

    public int CenterX => X + (Width / 2);

    public int CenterY => Y + (Height / 2);

    public long Area => (long)Width * Height;

    /// <summary>The columns two rectangles share (the gap between them when negative).</summary>
    public static int SharedWidth(PixelRect a, PixelRect b) => Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);

    /// <summary>The rows two rectangles share (the gap between them when negative).</summary>
    public static int SharedHeight(PixelRect a, PixelRect b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);

    /// <summary>The area two rectangles share (0 when they do not meet).</summary>
    public static long Overlap(PixelRect a, PixelRect b) => (long)Math.Max(0, SharedWidth(a, b)) * Math.Max(0, SharedHeight(a, b));

    /// <summary>The part of this rectangle inside an image width × height; null when none of it is.</summary>
    public PixelRect? Within(int width, int height)
    {
        var (left, top) = (Math.Max(0, X), Math.Max(0, Y));
        var (right, bottom) = (Math.Min(width, X + Width), Math.Min(height, Bottom));
        return right > left && bottom > top ? new PixelRect(left, top, right - left, bottom - top) : null;
    }

    /// <summary>
    /// The span left..right, top..bottom with a margin of white around it, kept inside an image width × height (short of its
    /// last column: Tesseract misreads a rectangle as wide as the image).
    /// </summary>
    public static PixelRect Around(int left, int top, int right, int bottom, int margin, int width, int height)
    {
        var (x, y) = (Math.Max(0, left - margin), Math.Max(0, top - margin));
        return new PixelRect(x, y, Math.Min(width - 1, right + margin) - x, Math.Min(height, bottom + margin) - y);
    }
}
