using System.Security.Cryptography;
using System.Text;

namespace DocClassifier.Splitting;

/// <summary>
/// PdfPig's builder writes a random file identifier (<c>/ID</c> in the trailer), so the same pages would make different
/// bytes, and a different id, on every run. This puts one derived from a seed in its place, byte for byte the same length.
/// </summary>
internal static class StablePdfId
{
    public static byte[] Apply(byte[] pdf, string seed)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var at = pdf.AsSpan().LastIndexOf("/ID ["u8);
        if (at < 0)
        {
            return pdf;
        }

        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..32]);
        for (int i = at, written = 0; i < pdf.Length && written < 2; i++)
        {
            if (pdf[i] != '<')
            {
                continue;
            }

            var end = Array.IndexOf(pdf, (byte)'>', i);
            if (end - i - 1 != hex.Length)
            {
                return pdf; // not the identifier we know: leave it
            }

            hex.CopyTo(pdf, i + 1);
            (i, written) = (end, written + 1);
        }

        return pdf;
    }
}
