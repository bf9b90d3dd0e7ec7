using System.Globalization;
using System.Text;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// The font of the invisible text: Tesseract's glyphless TrueType font (<c>pdf.ttf</c>, a few hundred bytes, shipped
/// beside its language models), as a composite font whose character codes are the text's UTF-16 code units. Every
/// code draws the one empty glyph, half an em wide, and maps back to itself as Unicode, so any script, Chinese
/// included, is searchable and copyable without embedding a real CJK font (several megabytes).
/// </summary>
internal sealed class GlyphlessFont
{
    public const string FileName = "pdf.ttf";

    /// <summary>Each glyph's advance, in thousandths of the font size.</summary>
    public const double Advance = 500;

    private static readonly string[] DefaultFolders =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
    ];

    private GlyphlessFont(byte[] program) => Program = program;

    public byte[] Program { get; }

    /// <summary>Finds <c>pdf.ttf</c> in the language-model folder Tesseract uses (the setting, TESSDATA_PREFIX, then the usual places).</summary>
    public static GlyphlessFont Load(string? tessdataPath)
    {
        IEnumerable<string?> folders = [tessdataPath, Environment.GetEnvironmentVariable("TESSDATA_PREFIX"), .. DefaultFolders];
        foreach (var folder in folders.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var path = Path.Combine(folder!, FileName);
            if (File.Exists(path))
            {
                return new GlyphlessFont(File.ReadAllBytes(path));
            }
        }

        throw new FileNotFoundException(
            $"Tesseract's glyphless font {FileName} was not found beside its language models (install libtesseract5, or set Extraction:TessdataPath).");
    }

    /// <summary>Writes the font's objects; returns the number of the font resource (the Type0 font).</summary>
    public int Write(PdfObjectWriter pdf)
    {
        var (type0, cidFont, descriptor, program, toUnicode, cidToGid) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve());
        pdf.Dictionary(type0, $"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        pdf.Dictionary(cidFont, $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW {Advance} /CIDToGIDMap {cidToGid} 0 R >>");
        pdf.Dictionary(descriptor, $"<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 {Advance} 1000] /ItalicAngle 0 /Ascent 1000 /Descent -1 /CapHeight 1000 /StemV 80 /FontFile2 {program} 0 R >>");
        pdf.Stream(program, $"/Length1 {Program.Length}", Program, deflate: true);
        pdf.Stream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(ToUnicodeMap), deflate: true);

        // Every code but 0 draws glyph 1, the font's one (empty) glyph.
        var map = new byte[65536 * 2];
        for (var i = 3; i < map.Length; i += 2)
        {
            map[i] = 1;
        }

        pdf.Stream(cidToGid, string.Empty, map, deflate: true);
        return type0;
    }

    // Each code is its own UTF-16 code unit. A range may only vary in its last byte, and a block holds at most 100 ranges.
    private static string ToUnicodeMap
    {
        get
        {
            var map = new StringBuilder();
            map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            for (var high = 0; high < 256; high += 100)
            {
                var count = Math.Min(100, 256 - high);
                map.Append(CultureInfo.InvariantCulture, $"{count} beginbfrange\n");
                for (var h = high; h < high + count; h++)
                {
                    map.Append(CultureInfo.InvariantCulture, $"<{h:X2}00> <{h:X2}FF> <{h:X2}00>\n");
                }

                map.Append("endbfrange\n");
            }

            return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
        }
    }
}
