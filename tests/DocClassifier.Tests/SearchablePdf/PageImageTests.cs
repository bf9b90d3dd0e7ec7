using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using DocClassifier.Extraction;
using DocClassifier.SearchablePdf;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.SearchablePdf;

/// <summary>
/// Which PNGs go into a searchable PDF as their compressed rows (the rest are decoded and written as JPEG), and the
/// resolution PNG and JPEG headers state, read without decoding the image.
/// </summary>
[TestFixture]
public class PageImageTests
{
    private static readonly byte[] Rows = [0x78, 0x9C, 1, 2, 3, 4];

    [TestCase(0, 1)]
    [TestCase(2, 3)]
    public void AGreyOrRgbPngOf8Bits_KeepsItsIdatDataWithPngPredictors(int colourType, int components)
    {
        var png = Png(width: 7, height: 5, bits: 8, colourType, interlace: 0, extra: [Chunk("IDAT", Rows[..2]), Chunk("IDAT", Rows[2..])]);

        var image = PageImage.FromPng(png);

        Assert.That(image, Is.Not.Null);
        Assert.That(PageImageBytes.Of(image!), Is.EqualTo(Rows), "the IDAT chunks' data joined, as it is");
        Assert.That((image.Width, image.Height, image.Components, image.BitsPerComponent), Is.EqualTo((7, 5, components, 8)));
        Assert.That(image.Dictionary, Does.Contain($"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors {components} /BitsPerComponent 8 /Columns 7 >>"));
    }

    [Test]
    public void APngsRows_AreTheFilesOwnBytes_NotACopy()
    {
        // A scanned page is megabytes: copying its rows into one more array cost the service a few percent of its processor time.
        var png = Png(width: 7, height: 5, bits: 8, colourType: 0, interlace: 0, extra: [Chunk("IDAT", Rows[..2]), Chunk("IDAT", Rows[2..])]);

        var image = PageImage.FromPng(png)!;

        Assert.That(image.Data, Has.Count.EqualTo(2));
        Assert.That(image.Data.All(part => MemoryMarshal.TryGetArray(part, out var segment) && ReferenceEquals(segment.Array, png)), Is.True, "each IDAT chunk's data where it lies in the file");
    }

    [Test]
    public void AJpeg_IsTheFilesOwnBytes_NotACopy()
    {
        var jpeg = GreyJpeg();

        var image = PageImage.FromJpeg(jpeg)!;

        Assert.That(image.Data, Has.Count.EqualTo(1));
        Assert.That(MemoryMarshal.TryGetArray(image.Data[0], out var segment) && ReferenceEquals(segment.Array, jpeg) && segment.Count == jpeg.Length, Is.True);
    }

    [TestCase(8, 6, 0, TestName = "grey and alpha")]
    [TestCase(8, 4, 0, TestName = "RGB and alpha")]
    [TestCase(8, 3, 0, TestName = "palette")]
    [TestCase(16, 0, 0, TestName = "16 bits")]
    [TestCase(1, 0, 0, TestName = "1 bit")]
    [TestCase(8, 0, 1, TestName = "interlaced")]
    public void OtherPngs_AreNotKeptAsTheyAre(int bits, int colourType, int interlace)
    {
        var png = Png(width: 7, height: 5, bits, colourType, interlace, extra: [Chunk("IDAT", Rows)]);

        Assert.That(PageImage.FromPng(png), Is.Null);
    }

    [Test]
    public void APngCutShort_OrNotAPng_IsNotKept()
    {
        var png = Png(width: 7, height: 5, bits: 8, colourType: 0, interlace: 0, extra: [Chunk("IDAT", Rows)]);

        Assert.That(PageImage.FromPng(png[..20]), Is.Null);
        Assert.That(PageImage.FromPng(Encoding.ASCII.GetBytes("not a png at all, really")), Is.Null);
    }

    [Test]
    public void APngsPhysChunk_InPixelsAMetre_IsItsResolution()
    {
        var physical = new byte[9];
        BinaryPrimitives.WriteInt32BigEndian(physical, 11811);
        BinaryPrimitives.WriteInt32BigEndian(physical.AsSpan(4), 7874);
        physical[8] = 1;
        var png = Png(width: 7, height: 5, bits: 8, colourType: 0, interlace: 0, extra: [Chunk("pHYs", physical), Chunk("IDAT", Rows)]);

        var (across, down) = StatedResolution.Of(png, DocumentFormat.Png)!.Value;

        Assert.That((across, down), Is.EqualTo((300.0, 200.0)).Using<(double, double)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 0.1 && Math.Abs(a.Item2 - b.Item2) < 0.1));
        physical[8] = 0; // an aspect ratio only
        Assert.That(StatedResolution.Of(Png(7, 5, 8, 0, 0, [Chunk("pHYs", physical), Chunk("IDAT", Rows)]), DocumentFormat.Png), Is.Null);
        Assert.That(StatedResolution.Of(Png(7, 5, 8, 0, 0, [Chunk("IDAT", Rows)]), DocumentFormat.Png), Is.Null);
    }

    [TestCase(1, 200, 200.0)]
    [TestCase(2, 118, 299.72)]
    public void AJpegsJfifDensity_IsItsResolution(int units, int density, double dotsAnInch)
    {
        var resolution = StatedResolution.Of(Jfif(units, density), DocumentFormat.Jpeg);

        Assert.That(resolution, Is.Not.Null);
        Assert.That(resolution!.Value.Across, Is.EqualTo(dotsAnInch).Within(0.01));
        Assert.That(resolution.Value.Down, Is.EqualTo(dotsAnInch).Within(0.01));
    }

    [Test]
    public void AJpegWithAnAspectRatioOnly_StatesNoResolution() =>
        Assert.That(StatedResolution.Of(Jfif(units: 0, density: 1), DocumentFormat.Jpeg), Is.Null);

    private static byte[] Png(int width, int height, int bits, int colourType, int interlace, byte[][] extra)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9], header[12]) = ((byte)bits, (byte)colourType, (byte)interlace);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", header), .. extra.SelectMany(c => c), .. Chunk("IEND", [])];
    }

    // Length, type, data and a CRC (not checked by the reader, so zero here).
    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        return [.. length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }

    // Start of image, then a baseline frame header (8 bits, 5 rows of 7, one component) and the end: all FromJpeg reads.
    private static byte[] GreyJpeg() => [0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 5, 0, 7, 1, 1, 0x11, 0, 0xFF, 0xD9];

    // Start of image, then APP0: length 16, "JFIF\0", version 1.1, units, X and Y density, no thumbnail.
    private static byte[] Jfif(int units, int density) =>
        [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF\0"u8, 1, 1, (byte)units, (byte)(density >> 8), (byte)density, (byte)(density >> 8), (byte)density, 0, 0, 0xFF, 0xD9];
}
