using System.Globalization;
using System.Text;
using DocClassifier.Extraction;
using DocClassifier.Storage;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// Writes a searchable PDF from what extraction already read, without a second recognition: each page is the scan
/// (JPEG data as it came, never re-encoded; other scans as JPEG, or one bit a pixel for black and white), and over it
/// each line OCR read, in rendering mode 3 (invisible) in a glyphless font, stretched to the width of the line's box.
/// The file follows PDF/A-2b (<see cref="PdfAMetadata"/>, <see cref="SrgbProfile"/>; the font embedded with its
/// CIDToGIDMap and ToUnicode map; no transparency; a file identifier). The same input gives the same bytes: the dates
/// it states are the original's last write, not the time of writing.
/// </summary>
internal sealed class GlyphlessTextPdfWriter(ExtractionOptions options) : ISearchablePdfWriter
{
    public const string Producer = "DocClassifier";

    private readonly ScanPages scans = new(options);
    private readonly Lazy<GlyphlessFont> font = new(() => GlyphlessFont.Load(options.TessdataPath));

    /// <summary>A scan: some page was OCRed, and every other page had no text at all (blank). Pages read before lines were kept have none to place.</summary>
    public bool Applies(ExtractedDocument extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        return extracted.Pages.Any(p => p.Source == TextSource.Ocr)
            && extracted.Pages.All(p => p.Source == TextSource.Ocr ? p.Lines is not null : TextNormalizer.CountLettersAndDigits(p.Text) == 0);
    }

    public void Write(string originalPath, string documentId, ExtractedDocument extracted, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        DocumentId.Require(documentId);
        if (!Applies(extracted))
        {
            throw new InvalidOperationException($"'{extracted.FileName}' is not a scan; it is delivered as it came.");
        }

        // Read once: the pages' images are written from these bytes.
        var content = File.ReadAllBytes(originalPath);
        var pages = scans.Read(content, extracted);
        var pdf = new PdfObjectWriter(output);
        pdf.Begin();
        var (catalog, tree, info) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve());
        var fontNumber = font.Value.Write(pdf);
        var kids = new List<int>(pages.Count);
        foreach (var page in pages)
        {
            kids.Add(WritePage(pdf, page, tree, fontNumber));
        }

        pdf.Dictionary(tree, $"<< /Type /Pages /Count {kids.Count} /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] >>");

        // PDF/A-2b: the XMP packet that claims it (unfiltered, so any reader finds it), and an sRGB output intent that
        // gives the grey and RGB scans (device colour spaces) their meaning.
        var (metadata, intent, profile) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve());
        var about = new PdfAMetadata(extracted.FileName, Producer, File.GetLastWriteTimeUtc(originalPath));
        pdf.Stream(metadata, "/Type /Metadata /Subtype /XML", about.Xmp(), deflate: false);
        pdf.Stream(profile, "/N 3", SrgbProfile.Bytes, deflate: true);
        var condition = PdfObjectWriter.Text(SrgbProfile.Description);
        pdf.Dictionary(intent, $"<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier {condition} /Info {condition} /DestOutputProfile {profile} 0 R >>");
        pdf.Dictionary(catalog, $"<< /Type /Catalog /Pages {tree} 0 R /Metadata {metadata} 0 R /OutputIntents [{intent} 0 R] >>");
        pdf.Dictionary(info, about.InfoDictionary());
        // The file identifier: the first half of the original's SHA-256, which the document id already is (not hashed again).
        pdf.End(catalog, info, Convert.FromHexString(documentId.AsSpan(0, 32)));
    }

    private static int WritePage(PdfObjectWriter pdf, ScanPage page, int tree, int fontNumber)
    {
        var (number, contents) = (pdf.Reserve(), pdf.Reserve());
        var image = page.Image is null ? 0 : pdf.Reserve();
        var content = new StringBuilder();
        if (page.Image is { } scan)
        {
            var at = page.Placement;
            content.Append(CultureInfo.InvariantCulture, $"q {N(at.Width)} 0 0 {N(at.Height)} {N(at.X)} {N(at.Y)} cm /Im0 Do Q\n");
            pdf.Stream(image, scan.Dictionary, scan.Data);
        }

        AppendText(content, page);
        pdf.Stream(contents, string.Empty, Encoding.ASCII.GetBytes(content.ToString()), deflate: true);
        var images = page.Image is null ? string.Empty : $" /XObject << /Im0 {image} 0 R >>";
        pdf.Dictionary(number, $"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {N(page.Width)} {N(page.Height)}] " +
            $"/Resources << /Font << /F0 {fontNumber} 0 R >>{images} >> /Contents {contents} 0 R >>");
        return number;
    }

    // Each line sits on its box's bottom edge, as tall as the box, and stretched (Tz) to the box's width.
    private static void AppendText(StringBuilder content, ScanPage page)
    {
        var lines = page.Lines.Where(l => l.Width > 0 && l.Height > 0).ToList();
        if (lines.Count == 0 || page.Image is null)
        {
            return;
        }

        var at = page.Placement;
        content.Append("BT\n3 Tr\n");
        foreach (var line in lines)
        {
            var codes = Codes(line.Text);
            if (codes.Length == 0)
            {
                continue;
            }

            var size = Math.Max(1, line.Height * at.Height);
            var width = line.Width * at.Width;
            var natural = codes.Length / 2 * size * GlyphlessFont.Advance / 1000;
            var x = at.X + (line.Left * at.Width);
            var y = at.Y + at.Height - ((line.Top + line.Height) * at.Height);
            content.Append(CultureInfo.InvariantCulture, $"/F0 {N(size)} Tf {N(100 * width / natural)} Tz 1 0 0 1 {N(x)} {N(y)} Tm <{Convert.ToHexString(codes)}> Tj\n");
        }

        content.Append("ET\n");
    }

    // UTF-16BE code units; characters outside the Basic Multilingual Plane (rare in scans) would need two codes and are left out.
    private static byte[] Codes(string text)
    {
        var kept = new string([.. text.Where(c => !char.IsSurrogate(c) && !char.IsControl(c))]);
        return Encoding.BigEndianUnicode.GetBytes(kept);
    }

    private static string N(double value) => PdfObjectWriter.Number(value);
}
