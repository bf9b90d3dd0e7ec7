using System.Numerics;
using System.Runtime.InteropServices;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Extraction.Native;

/// <summary>An owned Leptonica image; disposing it destroys the native PIX exactly once.</summary>
internal sealed class Pix : SafeHandle
{
    private Pix(IntPtr handle)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == IntPtr.Zero;

    public int Width => LeptonicaApi.PixGetWidth(Pointer);

    public int Height => LeptonicaApi.PixGetHeight(Pointer);

    public int Depth => LeptonicaApi.PixGetDepth(Pointer);

    /// <summary>Pixels per inch, or 0 when the image does not say.</summary>
    public int Resolution
    {
        get => LeptonicaApi.PixGetXRes(Pointer);
        set => _ = LeptonicaApi.PixSetResolution(Pointer, value, value);
    }

    internal IntPtr Pointer => IsClosed ? throw new ObjectDisposedException(nameof(Pix)) : handle;

    /// <summary>Takes ownership of a PIX* returned by Leptonica; null means the call failed.</summary>
    internal static Pix Own(IntPtr pointer, string operation) =>
        pointer == IntPtr.Zero ? throw new InvalidOperationException($"Leptonica {operation} failed.") : new Pix(pointer);

    internal static Pix? TryOwn(IntPtr pointer) => pointer == IntPtr.Zero ? null : new Pix(pointer);

    /// <summary>Decodes any format Leptonica reads (PNG, JPEG, TIFF, BMP, PNM ...); null when it cannot.</summary>
    internal static unsafe Pix? TryRead(ReadOnlySpan<byte> data)
    {
        fixed (byte* pointer = data)
        {
            return TryOwn(LeptonicaApi.PixReadMem(pointer, (nuint)data.Length));
        }
    }

    /// <summary>
    /// An 8-bit grey image from rows of <paramref name="rowBytes"/> bytes (the first <paramref name="width"/> of each are
    /// pixels), handed to Leptonica as a binary PGM: a copy, not the seconds a PNG round trip takes on a 300 dpi page.
    /// </summary>
    internal static Pix FromGrey(ReadOnlySpan<byte> rows, int width, int height, int rowBytes, int resolution)
    {
        var header = System.Text.Encoding.ASCII.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n"));
        var pgm = new byte[header.Length + (width * height)];
        header.CopyTo(pgm, 0);
        for (var y = 0; y < height; y++)
        {
            rows.Slice(y * rowBytes, width).CopyTo(pgm.AsSpan(header.Length + (y * width)));
        }

        var pix = TryRead(pgm) ?? throw new InvalidOperationException("Leptonica could not read a grey image.");
        pix.Resolution = resolution;
        return pix;
    }

    /// <summary>Encodes the image, e.g. as PNG, for display or debugging.</summary>
    internal byte[] Encode(int format)
    {
        if (LeptonicaApi.PixWriteMem(out var data, out var size, Pointer, format) != 0 || data == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica could not encode the image.");
        }

        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaApi.LeptFree(data);
        }
    }

    /// <summary>A copy of a rectangle of the image (cut to the image); <paramref name="operation"/> names it in an error.</summary>
    internal Pix Clip(int x, int y, int width, int height, string operation)
    {
        var box = LeptonicaApi.BoxCreate(x, y, width, height);
        try
        {
            return Own(LeptonicaApi.PixClipRectangle(Pointer, box, IntPtr.Zero), operation);
        }
        finally
        {
            LeptonicaApi.BoxDestroy(ref box);
        }
    }

    /// <summary>The pixels set in a binary (1 bpp) image.</summary>
    internal unsafe long CountSetPixels()
    {
        _ = LeptonicaApi.PixSetPadBits(Pointer, 0);
        var data = LeptonicaApi.PixGetData(Pointer);
        var words = (long)LeptonicaApi.PixGetWpl(Pointer) * Height;
        var count = 0L;
        for (long i = 0; i < words; i++)
        {
            count += BitOperations.PopCount(data[i]);
        }

        return count;
    }

    /// <summary>The boxes of the marks (8-connected) of a binary image.</summary>
    internal List<PixelRect> MarkBoxes()
    {
        var found = LeptonicaApi.PixConnComp(Pointer, IntPtr.Zero, 8);
        if (found == IntPtr.Zero)
        {
            return [];
        }

        try
        {
            var boxes = new List<PixelRect>();
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(found); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(found, i, out var x, out var y, out var width, out var height);
                boxes.Add(new PixelRect(x, y, width, height));
            }

            return boxes;
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref found);
        }
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        LeptonicaApi.PixDestroy(ref pointer);
        return true;
    }
}
