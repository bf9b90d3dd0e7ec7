namespace DocClassifier.Tests.Support;

/// <summary>A square grey page painted pixel by pixel, for tests of the page preparation's marks.</summary>
internal static class PaintedPages
{
    /// <summary>The page's pixels, row by row: each one's grey level from its column and row.</summary>
    public static byte[] Paint(int size, Func<int, int, byte> level)
    {
        ArgumentNullException.ThrowIfNull(level);
        var pixels = new byte[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                pixels[(row * size) + column] = level(column, row);
            }
        }

        return pixels;
    }

    /// <summary>
    /// Whether (x, y), from the top left of a block of <paramref name="lines"/> lines of black text, is on a stroke: lines of
    /// characters 30 pixels square, 6 apart, 500 pixels long, a line every 65; each character a 4-pixel bar across and one down.
    /// </summary>
    public static bool IsTextStroke(int x, int y, int lines) =>
        x is >= 0 and < 500 && y >= 0 && y < lines * 65 && y % 65 < 30 && x % 36 < 30 && (y % 65 is >= 13 and < 17 || x % 36 is >= 13 and < 17);
}
