using System.Buffers.Binary;
using System.Text;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// An ICC version 2 display profile of sRGB (IEC 61966-2.1), built from the numbers that define it: the three primaries
/// adapted to the D50 connection space (Bradford), and the sRGB tone curve sampled at 1024 points. PDF/A's output intent
/// embeds it. Built in code rather than read from a system file, so the service needs no colour-profile package and
/// every searchable PDF carries the same 2.5 KB.
/// </summary>
internal static class SrgbProfile
{
    public const string Description = "sRGB IEC61966-2.1";

    private const int HeaderSize = 128;
    private const int CurvePoints = 1024;

    // Columns of the RGB-to-XYZ(D50) matrix of sRGB, as every sRGB profile states them; they sum to the D50 white.
    private static readonly double[][] Primaries =
    [
        [0.4360657, 0.2224884, 0.0139160],
        [0.3851471, 0.7168732, 0.0970764],
        [0.1430664, 0.0606079, 0.7140961],
    ];

    private static readonly double[] D50 = [0.9642, 1.0, 0.8249];

    private static readonly Lazy<byte[]> Built = new(Build);

    /// <summary>The profile's bytes (a copy: callers may not change the shared one).</summary>
    public static byte[] Bytes => (byte[])Built.Value.Clone();

    private static byte[] Build()
    {
        var curve = Curve();
        byte[][] data = [Text("desc", Description), Text("cprt", "No copyright, use freely"), Xyz(D50), Xyz(Primaries[0]), Xyz(Primaries[1]), Xyz(Primaries[2]), curve];
        (string Signature, int Data)[] tags = [("desc", 0), ("cprt", 1), ("wtpt", 2), ("rXYZ", 3), ("gXYZ", 4), ("bXYZ", 5), ("rTRC", 6), ("gTRC", 6), ("bTRC", 6)];

        // Tag data follows the tag table, each element on a 4-byte boundary; the three tone curves share one element.
        var offsets = new int[data.Length];
        var at = HeaderSize + 4 + (12 * tags.Length);
        for (var i = 0; i < data.Length; i++)
        {
            offsets[i] = at;
            at += (data[i].Length + 3) & ~3;
        }

        var profile = new byte[at];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000); // version 2.1
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        WriteDate(span[24..]);
        Ascii(span[36..], "acsp");
        WriteXyz(span[68..], D50); // the connection space's illuminant

        BinaryPrimitives.WriteUInt32BigEndian(span[HeaderSize..], (uint)tags.Length);
        for (var i = 0; i < tags.Length; i++)
        {
            var entry = span[(HeaderSize + 4 + (12 * i))..];
            Ascii(entry, tags[i].Signature);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offsets[tags[i].Data]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)data[tags[i].Data].Length);
        }

        for (var i = 0; i < data.Length; i++)
        {
            data[i].CopyTo(span[offsets[i]..]);
        }

        return profile;
    }

    // A fixed creation date: the same profile every time.
    private static void WriteDate(Span<byte> at)
    {
        ushort[] date = [2026, 1, 1, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(at[(2 * i)..], date[i]);
        }
    }

    /// <summary>The sRGB tone curve (linear near black, then a 2.4 power), as a curveType of 16-bit samples.</summary>
    private static byte[] Curve()
    {
        var curve = new byte[12 + (2 * CurvePoints)];
        Ascii(curve, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(curve.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var v = i / (double)(CurvePoints - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(curve.AsSpan(12 + (2 * i)), (ushort)Math.Round(linear * 65535));
        }

        return curve;
    }

    private static byte[] Xyz(double[] xyz)
    {
        var tag = new byte[20];
        Ascii(tag, "XYZ ");
        WriteXyz(tag.AsSpan(8), xyz);
        return tag;
    }

    private static void WriteXyz(Span<byte> at, double[] xyz)
    {
        for (var i = 0; i < 3; i++)
        {
            // s15Fixed16Number
            BinaryPrimitives.WriteInt32BigEndian(at[(4 * i)..], (int)Math.Round(xyz[i] * 65536));
        }
    }

    /// <summary>A textType ('cprt') or, for 'desc', a version 2 textDescriptionType: ASCII, then empty Unicode and ScriptCode parts.</summary>
    private static byte[] Text(string signature, string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text + "\0");
        if (signature != "desc")
        {
            var plain = new byte[8 + ascii.Length];
            Ascii(plain, "text");
            ascii.CopyTo(plain, 8);
            return plain;
        }

        // 'desc', reserved, ASCII count and text, Unicode language and count (0), ScriptCode code, count (0) and 67 bytes.
        var description = new byte[12 + ascii.Length + 4 + 4 + 2 + 1 + 67];
        Ascii(description, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(description.AsSpan(8), (uint)ascii.Length);
        ascii.CopyTo(description, 12);
        return description;
    }

    private static void Ascii(Span<byte> at, string signature) => Encoding.ASCII.GetBytes(signature, at);
}
