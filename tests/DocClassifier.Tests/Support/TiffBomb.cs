using System.Buffers.Binary;
using System.IO.Compression;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A two-page TIFF whose first page is 100 x 100 and whose second claims 19,000 x 19,000 grey pixels (361 MB
/// decoded) in a 30 KB file: its Deflate strips are all the same blank strip.
/// </summary>
internal static class TiffBomb
{
    public const int HugeSide = 19_000;
    private const int SmallSide = 100;
    private const int RowsPerStrip = 1_000;

    public static byte[] Write()
    {
        var strips = HugeSide / RowsPerStrip;
        var blankStrip = Deflate(HugeSide * RowsPerStrip);
        using var tiff = new MemoryStream();
        var firstDirectory = 8;
        var firstPixels = firstDirectory + DirectorySize;
        var secondDirectory = firstPixels + (SmallSide * SmallSide);
        var stripOffsets = secondDirectory + DirectorySize;
        var stripCounts = stripOffsets + (4 * strips);
        var stripData = stripCounts + (4 * strips);

        tiff.Write("II*\0"u8);
        U32(tiff, (uint)firstDirectory);
        Directory(tiff, SmallSide, compression: 1, stripOffsets: (uint)firstPixels, stripCounts: SmallSide * SmallSide, rowsPerStrip: SmallSide, strips: 1, next: (uint)secondDirectory);
        tiff.Write(Enumerable.Repeat((byte)255, SmallSide * SmallSide).ToArray());
        Directory(tiff, HugeSide, compression: 8, stripOffsets: (uint)stripOffsets, stripCounts: (uint)stripCounts, rowsPerStrip: RowsPerStrip, strips: strips, next: 0);
        for (var i = 0; i < strips; i++)
        {
            U32(tiff, (uint)stripData);
        }

        for (var i = 0; i < strips; i++)
        {
            U32(tiff, (uint)blankStrip.Length);
        }

        tiff.Write(blankStrip);
        return tiff.ToArray();
    }

    private const int Entries = 9;
    private const int DirectorySize = 2 + (Entries * 12) + 4;

    // With more than one strip, the strip offsets and byte counts are arrays elsewhere in the file.
    private static void Directory(Stream tiff, int side, ushort compression, uint stripOffsets, uint stripCounts, int rowsPerStrip, int strips, uint next)
    {
        U16(tiff, Entries);
        Entry(tiff, 256, 4, 1, (uint)side); // ImageWidth
        Entry(tiff, 257, 4, 1, (uint)side); // ImageLength
        Entry(tiff, 258, 3, 1, 8); // BitsPerSample
        Entry(tiff, 259, 3, 1, compression); // Compression: 1 none, 8 Deflate
        Entry(tiff, 262, 3, 1, 1); // PhotometricInterpretation: BlackIsZero
        Entry(tiff, 273, 4, (uint)strips, stripOffsets); // StripOffsets
        Entry(tiff, 277, 3, 1, 1); // SamplesPerPixel
        Entry(tiff, 278, 4, 1, (uint)rowsPerStrip); // RowsPerStrip
        Entry(tiff, 279, 4, (uint)strips, stripCounts); // StripByteCounts
        U32(tiff, next);
    }

    private static void Entry(Stream tiff, ushort tag, ushort type, uint count, uint value)
    {
        U16(tiff, tag);
        U16(tiff, type);
        U32(tiff, count);
        U32(tiff, value); // a SHORT sits in the low bytes, which come first in little-endian
    }

    private static byte[] Deflate(int blankBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = Enumerable.Repeat((byte)255, HugeSide).ToArray();
            for (var written = 0; written < blankBytes; written += row.Length)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void U16(Stream s, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        s.Write(b);
    }

    private static void U32(Stream s, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        s.Write(b);
    }
}
