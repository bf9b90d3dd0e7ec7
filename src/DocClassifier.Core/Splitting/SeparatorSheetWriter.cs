using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using ZXing.QrCode.Internal;

namespace DocClassifier.Splitting;

/// <summary>
/// A printable A4 separator sheet: a large QR code (about 9 cm, modules of 3 mm or more, so a 100 dpi copy of a
/// skewed or upside-down scan still reads) drawn as vector squares, above and below it a caption a clerk can read.
/// QR rather than Code 128 because it reads at any rotation and survives a crooked feed. The same bytes every time.
/// </summary>
public static class SeparatorSheetWriter
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;
    private const double CodeSide = 255; // points: 9 cm

    public static byte[] Write(string? label)
    {
        var matrix = Matrix(SeparatorCode.Encode(label));
        var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(A4Width, A4Height);

        // Modules are drawn black on the white page; the quiet zone is the blank paper around them.
        var module = CodeSide / matrix.Width;
        var left = (A4Width - CodeSide) / 2;
        var bottom = (A4Height - CodeSide) / 2;
        page.SetTextAndFillColor(0, 0, 0);
        for (var y = 0; y < matrix.Height; y++)
        {
            for (var x = 0; x < matrix.Width; x++)
            {
                if (matrix[x, y])
                {
                    page.DrawRectangle(new PdfPoint(left + (x * module), bottom + ((matrix.Height - 1 - y) * module)), module, module, 0, fill: true);
                }
            }
        }

        Centred(page, bold, 30, A4Height - 140, "SEPARATOR SHEET");
        Centred(page, font, 14, A4Height - 175, "DocClassifier splits the scanned stack here and drops this page.");
        Centred(page, font, 14, A4Height - 195, "Put it on top of each document; either side up.");
        Centred(page, bold, 20, 190, label is null ? "Next document: any kind" : $"Next document: {label}");
        Centred(page, font, 10, 120, SeparatorCode.Encode(label));
        return StablePdfId.Apply(builder.Build(), SeparatorCode.Encode(label));
    }

    /// <summary>The QR code's modules, without a quiet zone (the page's margin is one).</summary>
    internal static BitMatrix Matrix(string text)
    {
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.ERROR_CORRECTION] = ErrorCorrectionLevel.M,
            [EncodeHintType.MARGIN] = 0,
            [EncodeHintType.CHARACTER_SET] = "ISO-8859-1",
        };
        return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    }

    private static void Centred(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double size, double baseline, string text)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, baseline), font);
        var width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        _ = page.AddText(text, size, new PdfPoint((A4Width - width) / 2, baseline), font);
    }
}
