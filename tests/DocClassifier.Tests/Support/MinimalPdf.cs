using System.Globalization;
using System.Text;

namespace DocClassifier.Tests.Support;

/// <summary>Writes tiny hand-made PDFs (with a correct cross-reference table) for the shapes no library will produce.</summary>
internal static class MinimalPdf
{
    /// <summary>Object i (1-based) gets body i-1; object 1 must be the catalog.</summary>
    public static byte[] Build(IReadOnlyList<string> objects, string extraTrailer = "")
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {extraTrailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    public static byte[] WithPages(int count)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(3, count).Select(n => $"{n} 0 R"))}] /Count {count} >>",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", count));
        return Build(objects);
    }

    /// <summary>One page covered by an image whose data is JBIG2, which PdfPig cannot decode.</summary>
    public static byte[] WithJbig2Image()
    {
        const string content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        return Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /BitsPerComponent 1 /ColorSpace /DeviceGray /Filter /JBIG2Decode /Length 16 >>\nstream\n0123456789abcdef\nendstream",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ]);
    }

    /// <summary>Encrypted with the standard handler under a user password we do not know.</summary>
    public static byte[] PasswordProtected() => Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 " +
            "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        ],
        "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ");
}
