using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// Writes a PDF one numbered object at a time, then the cross-reference table and the trailer. Objects are numbered
/// before they are written (<see cref="Reserve"/>), so that a page can name its parent before the parent is known.
/// </summary>
internal sealed class PdfObjectWriter(Stream output)
{
    private readonly List<long> offsets = [0];
    private readonly long start = output.Position;

    public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A number for an object written later.</summary>
    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    public void Begin()
    {
        // The binary comment tells transfer programs the file is binary (ISO 32000-1, 7.5.2; PDF/A asks for it).
        Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    public void Dictionary(int number, string body)
    {
        Open(number);
        Raw(body);
        Raw("\nendobj\n");
    }

    /// <summary>A stream object; <paramref name="deflate"/> compresses it (FlateDecode) unless it is already compressed.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool deflate) =>
        Stream(number, deflate ? $"{dictionary} /Filter /FlateDecode" : dictionary, [deflate ? Deflate(data) : data.ToArray()]);

    /// <summary>A stream object whose data, already encoded as its dictionary says, comes in parts, written as they are.</summary>
    public void Stream(int number, string dictionary, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Open(number);
        Raw($"<< {dictionary} /Length {parts.Sum(p => (long)p.Length)} >>\nstream\n");
        foreach (var part in parts)
        {
            output.Write(part.Span);
        }

        Raw("\nendstream\nendobj\n");
    }

    public void End(int catalog, int info, byte[] id)
    {
        var table = output.Position - start;
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets.Skip(1))
        {
            if (offset < 0)
            {
                throw new InvalidOperationException("An object was numbered but never written.");
            }

            builder.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
        }

        var hex = Convert.ToHexString(id);
        builder.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count} /Root {catalog} 0 R /Info {info} 0 R /ID [<{hex}> <{hex}>] >>\nstartxref\n{table}\n%%EOF\n");
        Raw(builder.ToString());
    }

    /// <summary>A PDF text string: UTF-16BE with its byte order mark, in hex (any text, no escaping).</summary>
    public static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    private void Open(int number)
    {
        offsets[number] = output.Position - start;
        Raw($"{number} 0 obj\n");
    }

    private void Raw(string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
