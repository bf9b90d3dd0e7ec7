using DocClassifier.Extraction.Native;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// A page's scan as a PDF image: JPEG bytes as they are (DCTDecode), a PNG's compressed rows as they are (FlateDecode
/// with PNG predictors: a grey or RGB PNG of 8 bits is never decoded and encoded again), or any other scan encoded as
/// JPEG by Leptonica.
/// </summary>
/// <param name="Data">
/// The stream's bytes in order, as parts of the file read (a PNG's IDAT chunks where they lie): a page of a few megabytes
/// is written out from the file's bytes, never copied into one more array first.
/// </param>
/// <param name="Filter">The stream's filter entries (<c>/Filter</c> and any <c>/DecodeParms</c>).</param>
internal sealed record PageImage(IReadOnlyList<ReadOnlyMemory<byte>> Data, string Filter, int Width, int Height, int Components, int BitsPerComponent)
{
    private const int FormatJpeg = 2; // IFF_JFIF_JPEG

    /// <summary>The XObject dictionary's entries other than its length and filter.</summary>
    public string Dictionary =>
        $"/Type /XObject /Subtype /Image /Width {Width} /Height {Height} /ColorSpace /{(Components == 3 ? "DeviceRGB" : "DeviceGray")} /BitsPerComponent {BitsPerComponent}"
        + (BitsPerComponent == 1 ? " /Decode [1 0]" : string.Empty)
        + " " + Filter;

    /// <summary>A grey or RGB baseline/progressive JPEG as it is (its bytes not copied); null for anything else (CMYK, broken).</summary>
    public static PageImage? FromJpeg(ReadOnlyMemory<byte> file)
    {
        var jpeg = file.Span;
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        var at = 2;
        while (at + 9 < jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];

            // Start of frame: C0-CF except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var bits = jpeg[at + 4];
                var height = (jpeg[at + 5] << 8) | jpeg[at + 6];
                var width = (jpeg[at + 7] << 8) | jpeg[at + 8];
                var components = jpeg[at + 9];
                return bits == 8 && components is 1 or 3 && width > 0 && height > 0
                    ? new PageImage([file], "/Filter /DCTDecode", width, height, components, 8)
                    : null;
            }

            at += 2 + length;
        }

        return null;
    }

    /// <summary>
    /// A non-interlaced grey or RGB PNG of 8 bits a sample, its IDAT data as it is: PDF's Flate filter with predictor 15
    /// reads PNG's filtered rows. Null for anything else (palette, alpha, 16 or fewer than 8 bits, interlaced, broken),
    /// which is decoded and written as JPEG instead. Transparency and colour chunks are not carried over (the searchable
    /// PDF has neither).
    /// </summary>
    public static PageImage? FromPng(byte[] png)
    {
        var (width, height, components) = (0, 0, 0);
        var rows = new List<ReadOnlyMemory<byte>>();
        foreach (var (type, data, length) in PngChunks.Of(png))
        {
            if (type == "IHDR")
            {
                // 8 bits a sample; grey (0) or RGB (2); deflate, adaptive filtering, not interlaced.
                if (length < 13 || png[data + 8] != 8 || png[data + 9] is not (0 or 2) || png[data + 10] != 0 || png[data + 11] != 0 || png[data + 12] != 0)
                {
                    return null;
                }

                (width, height, components) = (PngChunks.Int32(png, data), PngChunks.Int32(png, data + 4), png[data + 9] == 0 ? 1 : 3);
            }
            else if (type == "IDAT" && components > 0)
            {
                rows.Add(png.AsMemory(data, length));
            }
        }

        return width > 0 && height > 0 && rows.Sum(r => r.Length) > 0
            ? new PageImage(rows, $"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors {components} /BitsPerComponent 8 /Columns {width} >>", width, height, components, 8)
            : null;
    }

    /// <summary>
    /// A decoded page as a JPEG at Leptonica's quality (75), which keeps a grey scan readable at a tenth of its raw size.
    /// A black-and-white page goes the same way, as grey (a one-bit image of our own came out black below its first rows
    /// in poppler, not yet understood; see the README).
    /// </summary>
    public static PageImage FromPix(Pix pix)
    {
        ArgumentNullException.ThrowIfNull(pix);
        return FromJpeg(pix.Encode(FormatJpeg)) ?? throw new InvalidOperationException("Leptonica wrote a JPEG this writer cannot read.");
    }
}
