using System.Text;

namespace DocClassifier.Extraction;

/// <summary>Tells a file's format from its first bytes, and names common formats we do not read.</summary>
public static class FormatSniffer
{
    private static readonly Dictionary<string, DocumentFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentFormat.Pdf,
        [".tif"] = DocumentFormat.Tiff,
        [".tiff"] = DocumentFormat.Tiff,
        [".jpg"] = DocumentFormat.Jpeg,
        [".jpeg"] = DocumentFormat.Jpeg,
        [".png"] = DocumentFormat.Png,
        [".bmp"] = DocumentFormat.Bmp,
    };

    public static DocumentFormat FromContent(ReadOnlySpan<byte> head)
    {
        // PDF allows junk before the header within the first 1024 bytes.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        return head switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => DocumentFormat.Png,
            [0xFF, 0xD8, 0xFF, ..] => DocumentFormat.Jpeg,
            [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => DocumentFormat.Tiff,
            [(byte)'B', (byte)'M', ..] when head.Length > 26 => DocumentFormat.Bmp,
            _ => DocumentFormat.Unknown,
        };
    }

    public static DocumentFormat FromExtension(string fileName) =>
        Extensions.TryGetValue(Path.GetExtension(fileName), out var format) ? format : DocumentFormat.Unknown;

    public static bool IsSupportedExtension(string fileName) => FromExtension(fileName) != DocumentFormat.Unknown;

    /// <summary>A short human description of content we do not read, for error messages.</summary>
    public static string Describe(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 512)]).TrimStart().ToUpperInvariant();
        return head switch
        {
            [(byte)'P', (byte)'K', 3, 4, ..] => "a ZIP archive or Office document (docx/xlsx)",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document (doc/xls)",
            [(byte)'G', (byte)'I', (byte)'F', ..] => "a GIF image",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', ..] => "a RIFF file (WebP, WAV or AVI)",
            _ when text.StartsWith("<!DOCTYPE HTML", StringComparison.Ordinal) || text.StartsWith("<HTML", StringComparison.Ordinal) => "an HTML page",
            _ when text.StartsWith("<?XML", StringComparison.Ordinal) => "an XML file",
            _ when text.StartsWith("{\\RTF", StringComparison.Ordinal) => "an RTF document",
            _ => "not a PDF or image file",
        };
    }
}
