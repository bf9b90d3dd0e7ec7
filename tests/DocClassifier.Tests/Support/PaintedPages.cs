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
}
