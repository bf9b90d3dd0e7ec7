using System.Buffers.Binary;

namespace DocClassifier.Extraction.Images;

/// <summary>
/// Walks a TIFF's chain of image file directories (classic and BigTIFF) without decoding any page: every page's size
/// is known, and can be refused, before a pixel is decoded, and any page can be decoded on its own from its directory.
/// </summary>
internal static class TiffDirectories
{
    private const ushort ImageWidth = 256;
    private const ushort ImageLength = 257;

    /// <summary>
    /// The pages' headers, at most <paramref name="maxPages"/>; <paramref name="more"/> says whether the chain goes on.
    /// A chain that points outside the file or back into itself is a <see cref="ExtractionErrorCode.CorruptFile"/>.
    /// </summary>
    public static IReadOnlyList<TiffPageHeader> Read(ReadOnlySpan<byte> tiff, int maxPages, out bool more)
    {
        if (tiff.Length < 8 || !(tiff[0] == tiff[1] && tiff[0] is (byte)'I' or (byte)'M'))
        {
            throw Corrupt("The TIFF header is damaged.");
        }

        var little = tiff[0] == (byte)'I';
        var version = U16(tiff, 2, little);
        var big = version == 43;
        if (!big && version != 42)
        {
            throw Corrupt("The TIFF header is damaged.");
        }

        var offset = big ? U64(tiff, 8, little) : U32(tiff, 4, little);
        var pages = new List<TiffPageHeader>();
        var seen = new HashSet<ulong>();
        while (offset != 0)
        {
            if (pages.Count == maxPages)
            {
                more = true;
                return pages;
            }

            if (!seen.Add(offset))
            {
                throw Corrupt($"The directory of page {pages.Count + 1} of the TIFF points back to an earlier page.");
            }

            var (page, next) = ReadDirectory(tiff, offset, little, big, pages.Count + 1);
            pages.Add(page);
            offset = next;
        }

        more = false;
        return pages;
    }

    private static (TiffPageHeader Page, ulong Next) ReadDirectory(ReadOnlySpan<byte> tiff, ulong offset, bool little, bool big, int number)
    {
        var countSize = big ? 8 : 2;
        var entrySize = big ? 20 : 12;
        var offsetSize = big ? 8 : 4;
        if (offset > (ulong)tiff.Length - (ulong)countSize)
        {
            throw Corrupt($"The directory of page {number} of the TIFF lies outside the file (a broken directory or truncated data).");
        }

        var at = (int)offset;
        var entries = big ? U64(tiff, at, little) : U16(tiff, at, little);
        var end = (ulong)at + (ulong)countSize + (entries * (ulong)entrySize);
        if (entries > (ulong)tiff.Length || end + (ulong)offsetSize > (ulong)tiff.Length)
        {
            throw Corrupt($"The directory of page {number} of the TIFF is truncated.");
        }

        int width = 0, height = 0;
        for (var i = 0; i < (int)entries; i++)
        {
            var entry = at + countSize + (i * entrySize);
            var tag = U16(tiff, entry, little);
            if (tag is ImageWidth or ImageLength)
            {
                var type = U16(tiff, entry + 2, little);
                var valueAt = entry + (big ? 12 : 8);
                var value = type switch
                {
                    3 => U16(tiff, valueAt, little), // SHORT
                    4 => U32(tiff, valueAt, little), // LONG
                    16 => U64(tiff, valueAt, little), // LONG8 (BigTIFF)
                    _ => throw Corrupt($"Page {number} of the TIFF states its size in an unknown way."),
                };
                var size = value > int.MaxValue ? int.MaxValue : (int)value;
                (width, height) = tag == ImageWidth ? (size, height) : (width, size);
            }
        }

        var next = big ? U64(tiff, (int)end, little) : U32(tiff, (int)end, little);
        return (new TiffPageHeader(offset, width, height), next);
    }

    private static ExtractionException Corrupt(string reason) => new(ExtractionErrorCode.CorruptFile, reason);

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    private static ulong U64(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt64LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt64BigEndian(b[at..]);
}
