using System.Runtime.CompilerServices;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A small grey image in managed memory, row by row, for the whole-image statistics of photo
/// normalisation (background, page outline); page-sized work stays in Leptonica.
/// </summary>
internal sealed class GreyRaster(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = pixels;

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>A copy of an 8 bpp Leptonica image.</summary>
    public static unsafe GreyRaster From(Pix grey)
    {
        ArgumentNullException.ThrowIfNull(grey);
        if (grey.Depth != 8)
        {
            throw new ArgumentException($"A grey image (8 bits a pixel) is needed; this one has {grey.Depth}.", nameof(grey));
        }

        var (width, height) = (grey.Width, grey.Height);
        var source = (byte*)LeptonicaApi.PixGetData(grey.Pointer);
        var bytesPerLine = 4 * LeptonicaApi.PixGetWpl(grey.Pointer);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = source + ((long)y * bytesPerLine);
            for (var x = 0; x < width; x++)
            {
                // Leptonica keeps 8 bpp pixels big-endian within 32-bit words.
                pixels[(y * width) + x] = row[x ^ 3];
            }
        }

        return new GreyRaster(width, height, pixels);
    }

    /// <summary>
    /// Grey closing (the brightest value over a square of side <paramref name="size"/>, then the darkest):
    /// dark marks narrower than the square (text, rules) disappear and the paper's shading stays.
    /// </summary>
    public GreyRaster Close(int size)
    {
        var half = Math.Max(1, size / 2);
        var dilated = Filter(Filter(Pixels, Width, Height, half, horizontal: true, Math.Max), Width, Height, half, horizontal: false, Math.Max);
        var closed = Filter(Filter(dilated, Width, Height, half, horizontal: true, Math.Min), Width, Height, half, horizontal: false, Math.Min);
        return new GreyRaster(Width, Height, closed);
    }

    /// <summary>The value below which <paramref name="fraction"/> of the pixels lie.</summary>
    public int Percentile(double fraction) => Percentile(Histogram(), Pixels.Length, fraction);

    /// <summary>How many pixels have each grey value (0-255).</summary>
    public long[] Histogram()
    {
        var histogram = new long[256];
        foreach (var value in Pixels)
        {
            histogram[value]++;
        }

        return histogram;
    }

    /// <summary>
    /// The value below which <paramref name="fraction"/> of <paramref name="count"/> pixels lie, counted from the darkest
    /// in <paramref name="histogram"/> (the count may be of the darkest values only).
    /// </summary>
    public static int Percentile(long[] histogram, long count, double fraction)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var wanted = (long)(fraction * count);
        long seen = 0;
        for (var value = 0; value < histogram.Length; value++)
        {
            seen += histogram[value];
            if (seen > wanted)
            {
                return value;
            }
        }

        return 255;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Filter(byte[] source, int width, int height, int half, bool horizontal, Func<int, int, int> pick)
    {
        var result = new byte[source.Length];
        var (lines, length) = horizontal ? (height, width) : (width, height);
        for (var line = 0; line < lines; line++)
        {
            for (var i = 0; i < length; i++)
            {
                int from = Math.Max(0, i - half), to = Math.Min(length - 1, i + half);
                int best = source[Index(line, from)];
                for (var j = from + 1; j <= to; j++)
                {
                    best = pick(best, source[Index(line, j)]);
                }

                result[Index(line, i)] = (byte)best;
            }
        }

        return result;

        int Index(int line, int i) => horizontal ? (line * width) + i : (i * width) + line;
    }
}
