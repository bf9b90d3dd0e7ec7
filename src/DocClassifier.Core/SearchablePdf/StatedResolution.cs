using System.Buffers.Binary;
using DocClassifier.Extraction;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// The resolution a PNG (pHYs in pixels a metre) or a JPEG (JFIF density in dots an inch or a centimetre) states in its
/// header, read without decoding the image, as Leptonica reads it when the image is decoded; null when it states none.
/// </summary>
internal static class StatedResolution
{
    private const double MetresPerInch = 0.0254;
    private const double CentimetresPerInch = 2.54;

    public static (double Across, double Down)? Of(byte[] content, DocumentFormat format) => format switch
    {
        DocumentFormat.Png => OfPng(content),
        DocumentFormat.Jpeg => OfJpeg(content),
        _ => null,
    };

    private static (double Across, double Down)? OfPng(byte[] png)
    {
        foreach (var (type, data, length) in PngChunks.Of(png))
        {
            if (type == "pHYs" && length >= 9 && png[data + 8] == 1)
            {
                return Positive(PngChunks.Int32(png, data) * MetresPerInch, PngChunks.Int32(png, data + 4) * MetresPerInch);
            }

            if (type == "IDAT")
            {
                break;
            }
        }

        return null;
    }

    // JFIF's APP0 segment comes right after the start of image: "JFIF\0", version, units, X and Y density.
    private static (double Across, double Down)? OfJpeg(byte[] jpeg)
    {
        var app0 = jpeg.AsSpan();
        if (app0.Length < 20 || app0[2] != 0xFF || app0[3] != 0xE0 || !app0.Slice(6, 5).SequenceEqual("JFIF\0"u8))
        {
            return null;
        }

        var (units, across, down) = (app0[13], BinaryPrimitives.ReadUInt16BigEndian(app0.Slice(14, 2)), BinaryPrimitives.ReadUInt16BigEndian(app0.Slice(16, 2)));
        return units switch
        {
            1 => Positive(across, down),
            2 => Positive(across * CentimetresPerInch, down * CentimetresPerInch),
            _ => null,
        };
    }

    private static (double, double)? Positive(double across, double down) => across > 0 && down > 0 ? (across, down) : null;
}
