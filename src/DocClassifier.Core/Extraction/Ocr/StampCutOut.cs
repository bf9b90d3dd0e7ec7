using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Cuts a grey received stamp out of a page so that its text (the office, 收文, a date, a number) can be read on its own
/// before it is whitened from the page: the page's text and its edges are whitened in the cut-out, the stamp's grey ink is
/// stretched to black, what is left of its ring or frame and of the rules under it is whitened, the cut-out is turned
/// straight (a stamp is set at a slant, up to 15 degrees either way) and its small characters scaled up to a height
/// Tesseract reads.
/// </summary>
internal static class StampCutOut
{
    // A stamp is scaled up until its marks are this tall (pixels; a character falls apart into several), up to this
    // resolution: a received stamp's characters are a tenth of an inch or so; larger ones (收文 0.4 inch tall across a ring)
    // scaled up as far were not read at all.
    private const double ReadMarkHeight = 40;
    private const int ReadResolution = 400;

    // A stamp's slant is searched for up to this many degrees either way; less than the least is left as it is.
    private const float MaxSlantDegrees = 15;
    private const float MinSlantDegrees = 0.5f;

    private const int RotateAreaMap = 2;
    private const int BringInWhite = 1;

    // A ring or frame spans at least this share of the cut-out each way, and at most this share of its box is ink; a rule or
    // a frame's side spans this share of the cut-out's width (height) and is at most this share of its height (width) thick.
    private const double RingShare = 0.4;
    private const double MaxRingInk = 0.2;
    private const double RuleShare = 0.3;
    private const double RuleThicknessShare = 0.05;

    // White added around the stamp (a share of its longer side), so that turning it loses no corner.
    private const double MarginShare = 0.15;

    /// <summary>
    /// The stamp within <paramref name="box"/> of <paramref name="grey"/> ready for reading, with <paramref name="text"/>'s
    /// pixels (1 bpp: the page's text and its edges) white; its ink lies between <paramref name="darkest"/> and
    /// <paramref name="paper"/>.
    /// </summary>
    public static Pix Cut(Pix grey, Pix text, PixelRect box, int resolution, int darkest, int paper)
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentNullException.ThrowIfNull(text);
        using var cut = grey.Clip(box.X, box.Y, box.Width, box.Height, "stamp cut-out");
        using var covered = text.Clip(box.X, box.Y, box.Width, box.Height, "stamp cut-out");
        _ = LeptonicaApi.PixSetMasked(cut.Pointer, covered.Pointer, 255);

        var raster = GreyRaster.From(cut);
        var margin = Math.Max(10, (int)(MarginShare * Math.Max(raster.Width, raster.Height)));
        var (width, height) = (raster.Width + (2 * margin), raster.Height + (2 * margin));
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                var value = raster[x, y];
                pixels[((y + margin) * width) + x + margin] = value >= paper ? (byte)255 : (byte)(Math.Max(0, value - darkest) * 255 / (paper - darkest));
            }
        }

        var stretched = Pix.FromGrey(pixels, width, height, width, resolution);
        WhitenRingsAndRules(stretched, raster.Width, raster.Height);
        var straight = Straighten(stretched);
        var factor = (float)Math.Min((double)ReadResolution / resolution, ReadMarkHeight / MarkHeight(straight));
        if (factor <= 1.1f)
        {
            return straight;
        }

        using (straight)
        {
            var scaled = Pix.Own(LeptonicaApi.PixScale(straight.Pointer, factor, factor), "stamp scaling");
            scaled.Resolution = ReadResolution;
            return scaled;
        }
    }

    // What is left of the stamp's ring or frame (a mark across most of the cut-out each way, little of it ink, or a side of a
    // frame cut where it crossed text: a mark across much of it and a line thick) and of the rules of the ruled sheet it was
    // set on is whitened: with a ring round them Tesseract's layout took a stamp's lines for a picture and read nothing at
    // all, and a rule through a seal's 印 read it as 邱. A seal whose characters are joined to its frame is one mark with
    // much ink, and stays.
    private static void WhitenRingsAndRules(Pix stamp, int width, int height)
    {
        using var marks = Pix.Own(LeptonicaApi.PixThresholdToBinary(stamp.Pointer, 128), "stamp binarisation");
        using var large = Pix.Own(
            LeptonicaApi.PixSelectBySize(marks.Pointer, (int)(RingShare * width), (int)(RingShare * height), 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "stamp ring search");
        using var rules = Lines(marks, (int)(RuleShare * width), Math.Max(2, (int)(RuleThicknessShare * height)), across: true);
        using var sides = Lines(marks, (int)(RuleShare * height), Math.Max(2, (int)(RuleThicknessShare * width)), across: false);
        using var found = Pix.Own(LeptonicaApi.PixOr(IntPtr.Zero, rules.Pointer, sides.Pointer), "stamp ring search");
        foreach (var box in large.MarkBoxes())
        {
            using var ring = large.Clip(box.X, box.Y, box.Width, box.Height, "stamp ring search");
            if (ring.CountSetPixels() <= MaxRingInk * box.Area)
            {
                _ = LeptonicaApi.PixRasterop(found.Pointer, box.X, box.Y, box.Width, box.Height, LeptonicaApi.RasterPaint, large.Pointer, box.X, box.Y);
            }
        }

        using var edges = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, found.Pointer, 3, 3), "stamp ring search");
        _ = LeptonicaApi.PixSetMasked(stamp.Pointer, edges.Pointer, 255);
    }

    // The marks at least <paramref name="length"/> long and at most <paramref name="thickness"/> thick, lying across the
    // cut-out (rules) or down it (a frame's sides).
    private static Pix Lines(Pix marks, int length, int thickness, bool across)
    {
        var (alongType, thicknessType) = across ? (LeptonicaApi.SelectWidth, LeptonicaApi.SelectHeight) : (LeptonicaApi.SelectHeight, LeptonicaApi.SelectWidth);
        using var longMarks = Pix.Own(LeptonicaApi.PixSelectBySize(marks.Pointer, length, length, 8, alongType, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "stamp ring search");
        return Pix.Own(LeptonicaApi.PixSelectBySize(longMarks.Pointer, thickness, thickness, 8, thicknessType, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "stamp ring search");
    }

    // The median height of the stamp's marks no taller than half the stamp (its ring's pieces aside); the stamp's height
    // when there are none.
    private static double MarkHeight(Pix stamp)
    {
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(stamp.Pointer, 128), "stamp binarisation");
        return GlyphHeight.Percentile(binary, 0.5, stamp.Height / 2, 1) ?? stamp.Height;
    }

    // The stamp turned by the slant its lines show (the image itself when there is none to speak of).
    private static Pix Straighten(Pix stamp)
    {
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(stamp.Pointer, 128), "stamp binarisation");
        if (LeptonicaApi.PixFindSkewSweepAndSearch(binary.Pointer, out var angle, out _, 1, 1, MaxSlantDegrees, 1, 0.05f) != 0 || Math.Abs(angle) < MinSlantDegrees)
        {
            return stamp;
        }

        using (stamp)
        {
            var turned = Pix.Own(LeptonicaApi.PixRotate(stamp.Pointer, angle * MathF.PI / 180, RotateAreaMap, BringInWhite, 0, 0), "stamp turning");
            turned.Resolution = stamp.Resolution;
            return turned;
        }
    }
}
