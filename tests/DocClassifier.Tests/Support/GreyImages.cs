using DocClassifier.Extraction.Native;

namespace DocClassifier.Tests.Support;

/// <summary>Grey test images made pixel by pixel, and a pixel-exact comparison of two binary Leptonica images.</summary>
internal static class GreyImages
{
    /// <summary>A generated page image (PNG, JPEG, TIFF bytes) as an 8 bpp grey image.</summary>
    public static Pix Decode(byte[] image)
    {
        using var decoded = Pix.TryRead(image) ?? throw new InvalidOperationException("The generated page did not decode.");
        return Pix.Own(LeptonicaApi.PixConvertTo8(decoded.Pointer, 0), "grey conversion");
    }

    /// <summary>
    /// Paper with grain and a shading gradient, dark strokes of varying contrast, and a black block in
    /// the top-left corner (so that whatever an operation does at the edges matters).
    /// </summary>
    public static Pix ScanLike(int width, int height, int seed)
    {
        var random = new Random(seed);
        return Paint(width, height, (x, y) =>
        {
            var paper = 200 + (40 * x / width) + random.Next(-12, 13);
            var stroke = (x / 3 % 4 == 0 && y % 11 < 7) || (y % 17 == 3);
            return x < 4 && y < 6 ? 0 : stroke ? random.Next(10, 140) : paper;
        });
    }

    /// <summary>
    /// A black-and-white (1 bpp) page 60 x 30 pixels with a black square at columns 20-39, rows 10-19, stating
    /// <paramref name="across"/> by <paramref name="down"/> dpi (a standard fax: 204 by 98).
    /// </summary>
    public static Pix BlackSquareOnWhite(int across, int down)
    {
        using var grey = Paint(60, 30, (x, y) => x is >= 20 and < 40 && y is >= 10 and < 20 ? 0 : 255);
        var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
        _ = LeptonicaApi.PixSetResolution(binary.Pointer, across, down);
        return binary;
    }

    /// <summary>An 8 bpp image with each pixel's value from <paramref name="value"/> (clipped to 0-255), row by row.</summary>
    public static unsafe Pix Paint(int width, int height, Func<int, int, int> value)
    {
        var pix = Pix.Own(LeptonicaApi.PixCreate(width, height, 8), "test image");
        var data = (byte*)LeptonicaApi.PixGetData(pix.Pointer);
        var bytesPerLine = 4 * LeptonicaApi.PixGetWpl(pix.Pointer);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Leptonica keeps 8 bpp pixels big-endian within 32-bit words.
                data[(y * bytesPerLine) + (x ^ 3)] = (byte)Math.Clamp(value(x, y), 0, 255);
            }
        }

        return pix;
    }

    /// <summary>How many pixels of two 1 bpp images of the same size differ.</summary>
    public static unsafe int DifferingPixels(Pix a, Pix b)
    {
        if ((a.Width, a.Height, a.Depth, b.Depth) != (b.Width, b.Height, 1, 1))
        {
            throw new ArgumentException($"Two binary images of the same size are compared: {a.Width}x{a.Height}x{a.Depth}, {b.Width}x{b.Height}x{b.Depth}.");
        }

        var left = Words(a);
        var right = Words(b);
        var differ = 0;
        for (var i = 0; i < left.Length; i++)
        {
            differ += System.Numerics.BitOperations.PopCount(left[i] ^ right[i]);
        }

        return differ;
    }

    /// <summary>How many pixels of a 1 bpp image are set (ink).</summary>
    public static int Ink(Pix binary)
    {
        var ink = 0;
        foreach (var word in Words(binary))
        {
            ink += System.Numerics.BitOperations.PopCount(word);
        }

        return ink;
    }

    // A binary image's words, with the bits past each row's end cleared.
    private static unsafe ReadOnlySpan<uint> Words(Pix binary)
    {
        _ = LeptonicaApi.PixSetPadBits(binary.Pointer, 0);
        return new ReadOnlySpan<uint>(LeptonicaApi.PixGetData(binary.Pointer), LeptonicaApi.PixGetWpl(binary.Pointer) * binary.Height);
    }
}
