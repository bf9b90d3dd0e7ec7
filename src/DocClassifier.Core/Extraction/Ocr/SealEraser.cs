using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Whitens broad marks of light ink in a grey page: a seal stamped over text, scanned grey, is a mid-grey
/// ring and mid-grey characters, while printed text is dark at its core. Tesseract's layout takes a seal for
/// a picture and drops the lines under it (a declaration's whole notes block came back as <c>下 0</c>), and
/// its binarisation joins the seal's strokes to the characters they cross. Text is left alone: its
/// anti-aliased edges lie next to dark pixels, and faint thin strokes (Ming hairlines at low resolution)
/// are too thin to count as a mark. A received stamp in darker grey ink (收文, a date and a number in a ring or frame:
/// its strokes about 115 where black text is below 80) is searched for the same way with a darker bound for the text's
/// cores, and only marks as large as a stamp count: grey body text is no darker than such a stamp, but its marks are
/// characters, not rings.
/// </summary>
internal static class SealEraser
{
    // Paper is lighter than this; a seal's ink (red at half strength, scanned grey: about 175) lies between this and
    // the text's cores.
    private const int PaperLevel = 215;

    // Light seals: printed text is darker than 135 at its core (its edges are any grey), and a mark of any size is a seal's.
    private static readonly SealInk LightSeals = new(135, 0);

    // Grey received stamps: text is darker than 90 at its core, and a mark is a stamp's only when it is at least half an inch
    // each way (a ring or frame with the characters it joins; a character of grey text is a fifth of that). On the grey
    // stamped pages of outside sets A-C (tuned on) 80 / 100 read worse than 90, and 0.35 / 0.8 inch worse than 0.5 (before
    // the gaps below were closed).
    private static readonly SealInk GreyStamps = new(90, 0.5);

    // A grey stamp is told from text by the text's black cores: on a page whose text is grey itself (faded thermal print, a
    // light scan, a letter printed in grey) the text's lines, closed up, make marks of a stamp's size and went as stamps. The
    // grey search runs only when at least this share of the page's ink (pixels darker than the paper) is darker than
    // GreyStamps' bound. A stamp page's grey ink is much of its ink: on the pages of outside sets A-C (tuned on) whose reading
    // the grey search changed, the share (measured on their files) was 0.03-0.63; the four it made worse (by 1-15 points) were
    // at 0.09 and below, and two it helped (by less than 2 points).
    private const double MinBlackShare = 0.1;

    // Every this many rows and columns a pixel is counted for the page's ink.
    private const int InkSampleStep = 4;

    // Ink this dark marks text: light pixels this close to it (in inches) are its edges, not a seal's.
    private const double EdgeInches = 0.012;

    // A seal's strokes are at least this wide (in inches; a seal's ring and characters at 0.8-1.2 inch: 0.03-0.04).
    private const double MinStrokeInches = 0.02;

    // A mark at least this wide and tall (inches) is a seal, not a broad stroke.
    private const double MinSealInches = 0.3;

    // A stamp's ring is cut where it crosses text (the text's strokes and the edges kept beside them): its size is taken
    // with gaps up to this (inches) closed. 0.03 / 0.05 / 0.12 read the stamped grey pages of outside sets A-C (tuned on)
    // worse than 0.08; at 0.12 a page's grey body text began to go.
    private const double StampGapInches = 0.08;

    // A mark wider or taller than this (inches) is not a seal (they measure 0.5-2 inches: a 收文 stamp 1.6 by 0.7) but the
    // paper: a grey letter sheet's grain (paper at 219, grain down to 200) made light marks joined over half the page, and
    // whitening them left it speckled (a Kai letter on ruled paper came back as Latin scraps).
    private const double MaxSealInches = 3;

    // Light ink over more of the page than this is the paper itself (a grey or tinted sheet, a thermal receipt scanned
    // grey: paper about 200), not seals: whitening it would leave only the darkest cores of the text. A page's seals cover
    // a few percent of it. (A guard: no SROIE receipt's reading changed with it.)
    private const double MaxPageShare = 0.25;

    /// <summary>
    /// Whitens the seal-like light marks and grey stamps of <paramref name="grey"/> (8 bpp) in place; true when there were any.
    /// Each grey stamp is first cut out into <paramref name="stamps"/>, when given, to be read on its own.
    /// </summary>
    public static bool Erase(Pix grey, int resolution, ICollection<StampImage>? stamps = null)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var blackText = TextIsBlack(grey);
        var light = Erase(grey, resolution, LightSeals, null);
        return (blackText && Erase(grey, resolution, GreyStamps, stamps)) | light;
    }

    private static bool TextIsBlack(Pix grey)
    {
        var histogram = GreyRaster.Histogram(grey, InkSampleStep);
        var ink = histogram.Take(PaperLevel).Sum();
        return ink > 0 && histogram.Take(GreyStamps.InkLevel).Sum() >= MinBlackShare * ink;
    }

    private static bool Erase(Pix grey, int resolution, SealInk kind, ICollection<StampImage>? stamps)
    {
        var edge = Math.Max(3, (int)Math.Round(resolution * EdgeInches * 2)) | 1;
        var stroke = Math.Max(3, (int)Math.Round(resolution * MinStrokeInches));
        using var notPaper = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, PaperLevel), "seal search");
        using var ink = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, kind.InkLevel), "seal search");
        using var nearInk = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, ink.Pointer, edge, edge), "seal search");
        using var light = Pix.Own(LeptonicaApi.PixSubtract(IntPtr.Zero, notPaper.Pointer, nearInk.Pointer), "seal search");

        // Only broad light marks: an opening keeps what a stroke-wide square fits into, and the seed fill brings
        // back the rest of each such mark (its thinner parts, its ends).
        using var broad = Pix.Own(LeptonicaApi.PixOpenBrick(IntPtr.Zero, light.Pointer, stroke, stroke), "seal search");
        if (broad.CountSetPixels() == 0)
        {
            return false;
        }

        using var marks = Pix.Own(LeptonicaApi.PixSeedfillBinary(IntPtr.Zero, broad.Pointer, light.Pointer, 8), "seal search");
        if (marks.CountSetPixels() > MaxPageShare * marks.Width * marks.Height)
        {
            return false;
        }

        var most = (int)(resolution * MaxSealInches);
        using var seal = Pix.Own(
            LeptonicaApi.PixSelectBySize(marks.Pointer, most, most, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "seal search");
        if (kind.MinInches > 0)
        {
            var least = (int)(resolution * kind.MinInches);
            var gap = Math.Max(3, (int)Math.Round(resolution * StampGapInches)) | 1;
            using var closed = Pix.Own(LeptonicaApi.PixCloseSafeBrick(IntPtr.Zero, seal.Pointer, gap, gap), "seal search");
            using var large = Pix.Own(
                LeptonicaApi.PixSelectBySize(closed.Pointer, least, least, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "seal search");
            using var areas = StampAreas(large, most);
            _ = LeptonicaApi.PixAnd(seal.Pointer, seal.Pointer, areas.Pointer);
            if (stamps is not null)
            {
                CutOut(grey, nearInk, large, resolution, kind, stamps);
            }
        }

        if (seal.CountSetPixels() == 0)
        {
            return false;
        }

        TakeInSealsMiddles(seal, light, resolution);

        // Where the seal crosses text its ink reaches up to the strokes' edges: a grey halo that makes the characters
        // bold. Within the seal's reach only the text's dark cores are kept (whitening the seal alone read worse).
        using var reach = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, seal.Pointer, edge + 2, edge + 2), "seal search");
        using var erased = Pix.Own(LeptonicaApi.PixSubtract(IntPtr.Zero, reach.Pointer, ink.Pointer), "seal search");
        _ = LeptonicaApi.PixSetMasked(grey.Pointer, erased.Pointer, 255);
        return true;
    }

    // Where a stamp's light marks are taken: each stamp-sized mark, and the whole box of one no larger than a stamp. The lines
    // a stamp is set over cut its frame into pieces, and its characters between them stand apart from the pieces: only the
    // pieces went, and the characters left between two lines joined them into one (an outside set's box of notes: three
    // lines read as one, 19.9 % CER). A mark larger than a stamp is one the closing joined to a table's light rules and
    // text: its box is the table's, whose text is not the stamp's (an outside set's form lost its table: 40 -> 79 % CER).
    private static Pix StampAreas(Pix large, int most)
    {
        var areas = Pix.Own(LeptonicaApi.PixCopy(IntPtr.Zero, large.Pointer), "seal search");
        foreach (var (x, y, width, height) in large.MarkBoxes().Where(b => b.Width <= most && b.Height <= most))
        {
            _ = LeptonicaApi.PixRasterop(areas.Pointer, x, y, width, height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
        }

        return areas;
    }

    // Each stamp-sized mark's box, cut out of the page before it is whitened; a mark mostly within another's box is part of
    // that stamp (a frame inside its ring), which is cut out whole.
    private static void CutOut(Pix grey, Pix text, Pix marks, int resolution, SealInk kind, ICollection<StampImage> stamps)
    {
        var boxes = marks.MarkBoxes();
        foreach (var box in boxes.Where(b => !boxes.Any(other => other != b && other.Area > b.Area && PixelRect.Overlap(b, other) * 2 > b.Area)))
        {
            stamps.Add(new StampImage(box, StampCutOut.Cut(grey, text, box, resolution, kind.InkLevel, PaperLevel)));
        }
    }

    // A seal's own characters have strokes thinner than its ring: those not joined to the ring were left on the page and read
    // as characters of their own (a 核章 seal's remains as 人 between an applicant's name and 簽名或蓋章). Light ink that reaches
    // into the middle of a seal-sized mark (its box without a tenth at each side, so that text beside the seal keeps its
    // marks) is the seal's too, within the mark's box (light paper grain joins the middle to marks across the page).
    private static void TakeInSealsMiddles(Pix seal, Pix light, int resolution)
    {
        var least = resolution * MinSealInches;
        var seals = seal.MarkBoxes().Where(b => b.Width >= least && b.Height >= least).ToList();
        if (seals.Count == 0)
        {
            return;
        }

        using var middles = Pix.Own(LeptonicaApi.PixCreate(seal.Width, seal.Height, 1), "seal search");
        using var within = Pix.Own(LeptonicaApi.PixCreate(seal.Width, seal.Height, 1), "seal search");
        foreach (var (x, y, width, height) in seals)
        {
            var (dx, dy) = (width / 10, height / 10);
            _ = LeptonicaApi.PixRasterop(middles.Pointer, x + dx, y + dy, width - (2 * dx), height - (2 * dy), LeptonicaApi.RasterSource, light.Pointer, x + dx, y + dy);
            _ = LeptonicaApi.PixRasterop(within.Pointer, x, y, width, height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
        }

        using var reached = Pix.Own(LeptonicaApi.PixSeedfillBinary(IntPtr.Zero, middles.Pointer, light.Pointer, 8), "seal search");
        _ = LeptonicaApi.PixAnd(reached.Pointer, reached.Pointer, within.Pointer);
        _ = LeptonicaApi.PixOr(seal.Pointer, seal.Pointer, reached.Pointer);
    }

    // Text's cores are darker than InkLevel; a mark is a seal's when it is at least MinInches each way (0: any size).
    private readonly record struct SealInk(int InkLevel, double MinInches);
}
