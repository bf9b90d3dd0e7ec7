using System.Buffers.Binary;
using System.Text;

namespace DocClassifier.SearchablePdf;

/// <summary>The chunks of a PNG file in order (type, where its data starts, its length), up to IEND or the first broken one.</summary>
internal static class PngChunks
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IEnumerable<(string Type, int Data, int Length)> Of(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            yield break;
        }

        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = Int32(png, at);
            if (length < 0 || at + 12L + length > png.Length)
            {
                yield break;
            }

            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            yield return (type, at + 8, length);
            if (type == "IEND")
            {
                yield break;
            }

            at += 12 + length;
        }
    }

    /// <summary>A big-endian 32-bit number at <paramref name="at"/>.</summary>
    public static int Int32(byte[] png, int at) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4));
}
