using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Turning a page by quarter turns clockwise, and placing what was read on the turned page back on the page as it was.</summary>
internal static class QuarterTurns
{
    /// <summary>A copy of the page turned clockwise; its resolution turns with it (a fax's 204 dpi across become its 204 dpi down).</summary>
    public static Pix Turn(Pix page, int quarterTurns)
    {
        ArgumentNullException.ThrowIfNull(page);
        var turned = Pix.Own(LeptonicaApi.PixRotateOrth(page.Pointer, quarterTurns), "quarter turn");
        var (across, down) = (LeptonicaApi.PixGetXRes(page.Pointer), LeptonicaApi.PixGetYRes(page.Pointer));
        var (x, y) = quarterTurns % 2 == 1 ? (down, across) : (across, down);
        _ = LeptonicaApi.PixSetResolution(turned.Pointer, x, y);
        return turned;
    }

    /// <summary>Lines placed on the page turned clockwise, placed on the page before it was turned.</summary>
    public static IReadOnlyList<OcrLine> Back(IReadOnlyList<OcrLine> lines, int quarterTurns)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines.Select(line => (quarterTurns % 4) switch
        {
            // Turned a quarter clockwise, the page's left edge became its top: a point's share across the turned page is
            // what is left of its share down the page before, and its share down is its share across before.
            1 => line with { Left = line.Top, Top = Round(1 - line.Left - line.Width), Width = line.Height, Height = line.Width },
            2 => line with { Left = Round(1 - line.Left - line.Width), Top = Round(1 - line.Top - line.Height) },
            3 => line with { Left = Round(1 - line.Top - line.Height), Top = line.Left, Width = line.Height, Height = line.Width },
            _ => line,
        })];
    }

    private static double Round(double share) => Math.Round(Math.Clamp(share, 0, 1), 5);
}
