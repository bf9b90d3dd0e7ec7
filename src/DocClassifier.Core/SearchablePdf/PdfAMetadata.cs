using System.Globalization;
using System.Security;
using System.Text;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// A PDF/A-2b file's document information twice, as PDF/A asks: the Info dictionary and the XMP packet of the catalog's
/// /Metadata stream, which claims the conformance level (pdfaid part 2, B). Every Info entry has its XMP twin with the
/// same value (Title as dc:title, Producer as pdf:Producer, the dates as xmp:CreateDate and xmp:ModifyDate).
/// </summary>
internal sealed record PdfAMetadata(string Title, string Producer, DateTimeOffset Created)
{
    private DateTimeOffset Utc => new(Created.UtcDateTime.Ticks - (Created.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>The Info dictionary.</summary>
    public string InfoDictionary()
    {
        // A date is an ASCII string (ISO 32000-1, 7.9.4), written as a literal.
        var date = "(D:" + Utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
        return $"<< /Title {PdfObjectWriter.Text(Title)} /Producer {PdfObjectWriter.Text(Producer)} /CreationDate {date} /ModDate {date} >>";
    }

    /// <summary>The XMP packet, UTF-8 without a byte order mark, padded so an editor could grow it in place.</summary>
    public byte[] Xmp()
    {
        var date = Utc.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var xmp = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\"\n")
            .Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
            .Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
            .Append(CultureInfo.InvariantCulture, $"<dc:format>application/pdf</dc:format>\n")
            .Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{SecurityElement.Escape(Title)}</rdf:li></rdf:Alt></dc:title>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>{date}</xmp:CreateDate>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:ModifyDate>{date}</xmp:ModifyDate>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:MetadataDate>{date}</xmp:MetadataDate>\n")
            .Append(CultureInfo.InvariantCulture, $"<pdf:Producer>{SecurityElement.Escape(Producer)}</pdf:Producer>\n")
            .Append("<pdfaid:part>2</pdfaid:part>\n")
            .Append("<pdfaid:conformance>B</pdfaid:conformance>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
        for (var i = 0; i < 20; i++)
        {
            xmp.Append(' ', 99).Append('\n');
        }

        return Encoding.UTF8.GetBytes(xmp.Append("<?xpacket end=\"w\"?>").ToString());
    }
}
