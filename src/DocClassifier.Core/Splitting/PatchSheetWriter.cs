using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocClassifier.Splitting;

/// <summary>
/// A printable A4 patch T sheet, for stacks scanned where patch T sheets are the custom (<see cref="SplittingOptions.PatchCodes"/>):
/// the four bars at the standard sizes (narrow bars and spaces 0.08 in, wide bars 0.20 in), 6.3 in long, 1 in from the
/// top edge, and again turned half round 1 in from the bottom edge, so the sheet reads as patch T fed either side first.
/// The same bytes every time.
/// </summary>
public static class PatchSheetWriter
{
    public const double A4Width = 595.28;
    public const double A4Height = 841.89;

    private const double Narrow = 0.08 * 72;
    private const double Wide = 0.20 * 72;
    private const double EdgeDistance = 72;
    private const double Margin = 72;

    /// <summary>The bars as (left, bottom, width, height) in points from the page's lower left corner.</summary>
    public static IReadOnlyList<(double Left, double Bottom, double Width, double Height)> Bars()
    {
        var bars = new List<(double, double, double, double)>();
        var length = A4Width - (2 * Margin);
        var from = 0.0; // distance of the next element from the leading edge
        foreach (var bar in PatchCodeReader.Pattern(PatchCode.PatchT))
        {
            var height = bar == 'W' ? Wide : Narrow;
            bars.Add((Margin, A4Height - EdgeDistance - from - height, length, height)); // read from the top edge
            bars.Add((Margin, EdgeDistance + from, length, height)); // the same, read from the bottom edge
            from += height + Narrow;
        }

        return bars;
    }

    public static byte[] Write()
    {
        var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(A4Width, A4Height);
        page.SetTextAndFillColor(0, 0, 0);
        foreach (var (left, bottom, width, height) in Bars())
        {
            page.DrawRectangle(new PdfPoint(left, bottom), width, height, 0, fill: true);
        }

        Centred(page, bold, 60, (A4Height / 2) + 40, "PATCH T");
        Centred(page, font, 14, (A4Height / 2) - 10, "DocClassifier splits the scanned stack here and drops this page");
        Centred(page, font, 14, (A4Height / 2) - 30, "(setting Splitting:PatchCodes). Either side up; print at 100 %.");
        return StablePdfId.Apply(builder.Build(), "PATCH-T");
    }

    private static void Centred(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double size, double baseline, string text)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, baseline), font);
        var width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        _ = page.AddText(text, size, new PdfPoint((A4Width - width) / 2, baseline), font);
    }
}
