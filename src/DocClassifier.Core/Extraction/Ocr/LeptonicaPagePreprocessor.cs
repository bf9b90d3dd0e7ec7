using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Cleans a scan the way tax forms need: grey, rescale to the target resolution, deskew, then erase
/// long horizontal and vertical rules so that Tesseract reads a table's cells as text instead of
/// boxes. The rules give the table cells, and the ink outside them the bands of text Tesseract lays
/// out. Skew, rules and ink are found on a Sauvola binarisation; Tesseract still gets a grey image,
/// so it binarises faint strokes its own way.
/// </summary>
internal sealed class LeptonicaPagePreprocessor(int targetResolution, int defaultResolution, bool eraseSeals = true) : IPagePreprocessor
{
    // A rule is a run of ink at least this long (in inches): longer than any character at form sizes.
    private const double MinRuleInches = 0.4;
    private const float MinSkewDegrees = 0.1f;
    private const int RotateAreaMap = 2;
    private const int RotateShear = 1;
    private const int BringInWhite = 1;

    // A black-and-white scan (fax, G4 TIFF) is not scaled down below this: its strokes are already
    // thresholded, and scaling one bit a pixel down below 300 dpi thins and breaks them (measured on the
    // sample corpus: the model's confidence on such scans fell by up to 0.23 at 250 dpi). One below the target
    // (a 204 dpi fax) is scaled up to the target like a grey page, no further: scaled up to 300 dpi, our tune faxes read
    // at 13.6 % CER, at 250 dpi 11.7 % (held-out faxes 14.2 -> 12.8 %).
    private const int MinBilevelResolution = 300;

    // A page scaled up this much or more (a 100 dpi scan) is not searched for seals: the scaling blurs its printed strokes
    // to the mid-grey of a seal's ink, with no dark core, and the seal search whitened its text (the 100 dpi set of
    // `$B stages --low-res`, eight Latin and Chinese pages: CER 14.4 % with the search, 9.4 % without).
    private const double MaxSealSearchUpscale = 2;

    // A seal ring's mask is widened by this square (pixels) before it is painted over: the binary page holds its dark core only.
    private const int RingEdge = 5;

    // Every this many rows and columns a pixel is counted for the paper's grey.
    private const int PaperSampleStep = 4;

    public PreparedPage Prepare(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var resolution = ResolutionGuess.For(page, defaultResolution);

        var target = page.Depth == 1 ? Math.Max(targetResolution, Math.Min(resolution, MinBilevelResolution)) : targetResolution;

        // A fresh grey image of our own: the rules are painted out of it below. A black-and-white page is smoothed first.
        var image = BilevelSmoothing.Applies(page.Depth, resolution)
            ? BilevelSmoothing.Smooth(page)
            : Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
        var (scaled, upscale, glyph) = Rescale(image, target, ref resolution);
        if (scaled is not null)
        {
            image.Dispose();
            image = scaled;
        }

        // Before anything looks at the ink: a seal over text makes Tesseract drop the lines under it.
        var stamps = new List<StampImage>();
        if (eraseSeals && upscale < MaxSealSearchUpscale)
        {
            _ = SealEraser.Erase(image, resolution, stamps);
            _ = StampFrames.Erase(image, resolution, stamps);
        }

        var binary = Binarize(image, resolution);
        var turned = 0f;
        if (LeptonicaApi.PixFindSkew(binary.Pointer, out var angle, out _) == 0 && Math.Abs(angle) >= MinSkewDegrees)
        {
            using var skewed = image;
            using var skewedBinary = binary;
            var radians = angle * MathF.PI / 180;
            turned = radians;
            image = Pix.Own(LeptonicaApi.PixRotate(skewed.Pointer, radians, RotateAreaMap, BringInWhite, 0, 0), "deskew");

            // The binary page only serves to find rules: shearing it is ten times cheaper than binarising again.
            binary = Pix.Own(LeptonicaApi.PixRotate(skewedBinary.Pointer, radians, RotateShear, BringInWhite, 0, 0), "deskew");
        }

        using (binary)
        {
            var length = Math.Max(25, (int)(resolution * MinRuleInches));
            using var horizontal = Pix.Own(LeptonicaApi.PixOpenCompBrick(IntPtr.Zero, binary.Pointer, length, 1), "horizontal rule search");
            using var vertical = Pix.Own(LeptonicaApi.PixOpenCompBrick(IntPtr.Zero, binary.Pointer, 1, length), "vertical rule search");
            using var rules = Pix.Own(LeptonicaApi.PixOr(IntPtr.Zero, horizontal.Pointer, vertical.Pointer), "rule union");
            using var widened = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, rules.Pointer, 7, 7), "rule dilation");
            _ = LeptonicaApi.PixSetMasked(image.Pointer, widened.Pointer, 255);
            image.Resolution = resolution;
            var cells = TableCellFinder.Find(widened, resolution);

            // The ink left once the rules are gone gives the bands, the letter-spaced lines and the lines of the text outside the
            // cells (read on their own, so cleared from it). A cell holding only specks is painted white in the image Tesseract
            // reads, so that it is read as the empty cell it is.
            using var ink = Pix.Own(LeptonicaApi.PixSubtract(IntPtr.Zero, binary.Pointer, widened.Pointer), "rule subtraction");
            if (eraseSeals)
            {
                EraseSealRings(image, ink, resolution);
            }

            foreach (var cell in cells)
            {
                if (BlankCells.HoldsOnlySpecks(ink, cell, resolution))
                {
                    _ = LeptonicaApi.PixRasterop(image.Pointer, cell.X, cell.Y, cell.Width, cell.Height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
                }

                _ = LeptonicaApi.PixRasterop(ink.Pointer, cell.X, cell.Y, cell.Width, cell.Height, LeptonicaApi.RasterClear, IntPtr.Zero, 0, 0);
            }

            return new PreparedPage(image, cells, InkBands.Find(ink, resolution), SpacedLineFinder.Find(ink, resolution))
            {
                SkewRadians = turned, Upscale = upscale, GlyphHeight = glyph, InkLines = InkLine.Find(ink, resolution), Stamps = stamps,
            };
        }
    }

    // Text already this tall (median mark height, pixels) is read as well without being scaled up: a
    // low-resolution scan of large print is upscaled only as far as this, which costs a fraction of the time.
    // Chinese needs it this high: with 20 the 150 dpi fixture form was left at 150 dpi and read at 16 % CER.
    private const int MinGlyphHeight = 30;

    // The scaled image (null when left as it is), the factor when it was scaled up, and the median glyph height after scaling
    // (when measured: only pages that would be scaled up are).
    private static (Pix? Scaled, double Upscale, double? Glyph) Rescale(Pix grey, int target, ref int resolution)
    {
        var factor = (float)target / resolution;
        double? glyph = null;
        if (factor >= 1.1f)
        {
            using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation");
            glyph = GlyphHeight.Median(binary);
            if (glyph is { } height)
            {
                factor = Math.Min(factor, Math.Max(1f, (float)(MinGlyphHeight / height)));
            }
        }

        if (factor is > 0.9f and < 1.1f)
        {
            return (null, 1, glyph);
        }

        factor = Math.Min(4f, factor);
        resolution = (int)Math.Round(resolution * factor);
        return (Pix.Own(LeptonicaApi.PixScale(grey.Pointer, factor, factor), "scaling"), Math.Max(1, factor), glyph * factor);
    }

    // Sauvola thresholds each pixel against its neighbourhood: faint rules stay whole and paper
    // grain stays white, which is what skew and rule detection need.
    private static Pix Binarize(Pix grey, int resolution)
    {
        var halfWindow = Math.Max(4, resolution / 20);
        return grey.Width > (2 * halfWindow) + 3 && grey.Height > (2 * halfWindow) + 3
            ? SauvolaBinarizer.Binarize(grey, halfWindow, 0.34f)
            : Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 160), "binarisation");
    }

    // A dark seal's ring over text (SealRings) is painted over with the paper's grey (the page's median: on a grey sheet a
    // white ring was an edge of its own, and the lines beside it were dropped) in the image Tesseract reads, its grey edge
    // too, and taken out of the ink the bands and lines are found in.
    private static void EraseSealRings(Pix image, Pix ink, int resolution)
    {
        using var rings = SealRings.Find(ink, resolution);
        if (rings is null)
        {
            return;
        }

        using var edges = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, rings.Pointer, RingEdge, RingEdge), "seal ring dilation");
        var paper = (uint)GreyRaster.Percentile(image, 0.5, PaperSampleStep);
        _ = LeptonicaApi.PixSetMasked(image.Pointer, edges.Pointer, paper);
        _ = LeptonicaApi.PixSubtract(ink.Pointer, ink.Pointer, rings.Pointer);
    }
}
