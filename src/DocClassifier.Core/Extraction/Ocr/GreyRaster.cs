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
        var dilated = Filter(Filter(Pixels, Width, Height, half, horizontal: true, max: true), Width, Height, half, horizontal: false, max: true);
        var closed = Filter(Filter(dilated, Width, Height, half, horizontal: true, max: false), Width, Height, half, horizontal: false, max: false);
        return new GreyRaster(Width, Height, closed);
    }

    /// <summary>The value below which <paramref name="fraction"/> of the pixels lie.</summary>
    public int Percentile(double fraction) => Percentile(Histogram(), Pixels.Length, fraction);

    /// <summary>
    /// The value below which <paramref name="fraction"/> of an 8 bpp Leptonica image's pixels lie, counting one pixel in
    /// <paramref name="step"/> along each row and column (a page's paper without copying the page).
    /// </summary>
    public static int Percentile(Pix grey, double fraction, int step)
    {
        var histogram = Histogram(grey, step);
        return Percentile(histogram, histogram.Sum(), fraction);
    }

    /// <summary>
    /// How many pixels of an 8 bpp Leptonica image have each grey value (0-255), counting one pixel in <paramref name="step"/>
    /// along each row and column.
    /// </summary>
    public static unsafe long[] Histogram(Pix grey, int step)
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        if (grey.Depth != 8)
        {
            throw new ArgumentException($"A grey image (8 bits a pixel) is needed; this one has {grey.Depth}.", nameof(grey));
        }

        var source = (byte*)LeptonicaApi.PixGetData(grey.Pointer);
        var bytesPerLine = 4 * LeptonicaApi.PixGetWpl(grey.Pointer);
        var histogram = new long[256];
        for (var y = 0; y < grey.Height; y += step)
        {
            var row = source + ((long)y * bytesPerLine);
            for (var x = 0; x < grey.Width; x += step)
            {
                histogram[row[x ^ 3]]++;
            }
        }

        return histogram;
    }

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

    // The brightest (max) or darkest value within half a window either side along each row or column, the window cut at the
    // image's edges. Van Herk and Gil-Werman's running maxima over blocks of one window: three comparisons a pixel whatever
    // the window (the direct loop took 60-120 ms a receipt for the photo check alone).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Filter(byte[] source, int width, int height, int half, bool horizontal, bool max)
    {
        var result = new byte[source.Length];
        var (lines, length) = horizontal ? (height, width) : (width, height);
        var window = (2 * half) + 1;

        // Padded with the value that never wins, so the window at the edges is the part inside the image.
        var padded = length + (2 * half);
        var neutral = max ? byte.MinValue : byte.MaxValue;
        var values = new byte[padded];
        Array.Fill(values, neutral);
        var fromBlockStart = new byte[padded];
        var toBlockEnd = new byte[padded];
        for (var line = 0; line < lines; line++)
        {
            // The padding stays neutral; each line fills the middle.
            for (var i = 0; i < length; i++)
            {
                values[half + i] = source[Index(line, i)];
            }

            for (var j = 0; j < padded; j++)
            {
                fromBlockStart[j] = j % window == 0 ? values[j] : Pick(fromBlockStart[j - 1], values[j]);
            }

            for (var j = padded - 1; j >= 0; j--)
            {
                toBlockEnd[j] = j % window == window - 1 || j == padded - 1 ? values[j] : Pick(toBlockEnd[j + 1], values[j]);
            }

            // The window over values[i .. i + window - 1] is the end of one block and the start of the next.
            for (var i = 0; i < length; i++)
            {
                result[Index(line, i)] = Pick(toBlockEnd[i], fromBlockStart[i + window - 1]);
            }
        }

        return result;

        int Index(int line, int i) => horizontal ? (line * width) + i : (i * width) + line;
        byte Pick(byte a, byte b) => max ? Math.Max(a, b) : Math.Min(a, b);
    }
}
