using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Cleans a scan the way tax forms need: grey, upscale low-resolution scans, even out the
/// background (stamps, low-contrast receipts), deskew, binarise, and erase long horizontal and
/// vertical rules so that Tesseract reads a table's rows as lines of text instead of boxes.
/// </summary>
internal sealed class LeptonicaPagePreprocessor(int targetResolution, int defaultResolution) : IPagePreprocessor
{
    // A rule is a run of ink at least this long (in inches): longer than any character at form sizes.
    private const double MinRuleInches = 0.4;

    public PreparedPage Prepare(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var resolution = ResolutionGuess.For(page, defaultResolution);

        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
        using var scaled = Upscale(grey, ref resolution);
        using var even = Pix.Own(LeptonicaApi.PixBackgroundNormSimple((scaled ?? grey).Pointer, IntPtr.Zero, IntPtr.Zero), "background normalisation");
        using var straight = Pix.Own(LeptonicaApi.PixFindSkewAndDeskew(even.Pointer, 2, out _, out _), "deskew");
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(straight.Pointer, 160), "binarisation");

        var length = Math.Max(25, (int)(resolution * MinRuleInches));
        using var horizontal = Pix.Own(LeptonicaApi.PixOpenBrick(IntPtr.Zero, binary.Pointer, length, 1), "horizontal rule search");
        using var vertical = Pix.Own(LeptonicaApi.PixOpenBrick(IntPtr.Zero, binary.Pointer, 1, length), "vertical rule search");
        using var rules = Pix.Own(LeptonicaApi.PixOr(IntPtr.Zero, horizontal.Pointer, vertical.Pointer), "rule union");
        using var widened = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, rules.Pointer, 7, 7), "rule dilation");
        using var unruled = Pix.Own(LeptonicaApi.PixSubtract(IntPtr.Zero, binary.Pointer, widened.Pointer), "rule removal");

        var clean = RemoveSpecks(unruled, resolution);
        clean.Resolution = resolution;
        return new PreparedPage(clean, TableCellFinder.Find(widened, resolution));
    }

    private Pix? Upscale(Pix grey, ref int resolution)
    {
        if (resolution >= targetResolution * 9 / 10)
        {
            return null;
        }

        var factor = Math.Min(4f, (float)targetResolution / resolution);
        resolution = (int)Math.Round(resolution * factor);
        return Pix.Own(LeptonicaApi.PixScaleGrayLI(grey.Pointer, factor, factor), "upscaling");
    }

    // Scanner dust and paper grain become stray characters; real marks (even a full stop) are larger.
    private static Pix RemoveSpecks(Pix binary, int resolution)
    {
        var speck = Math.Max(2, resolution / 60);
        return Pix.Own(
            LeptonicaApi.PixSelectBySize(binary.Pointer, speck, speck, 8, LeptonicaApi.SelectIfEither, LeptonicaApi.SelectIfGreater, out _),
            "speck removal");
    }
}
