using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the rings of seals stamped in dark ink over text: a 收文 stamp's circle or frame, black on a black-and-white scan,
/// is one mark as large as three or four lines of text. Tesseract's layout takes such a mark for a picture and drops the
/// lines it crosses, the parts far from it too (a letter's three lines under a received stamp, 1-bit: read only up to the
/// ring, or not at all). The preprocessor paints the ring over; characters it touches go with it, the lines it crossed are read.
/// </summary>
internal static class SealRings
{
    // A seal's ring is at least this large and at most this large each way (inches): characters are smaller, even a
    // title's; a table's frame (its rules are painted out before) or a box around a paragraph larger.
    private const double MinInches = 0.6;
    private const double MaxInches = 2.5;

    // Its box is no longer one way than this many times the other (a round or square seal; a rectangular 收文 stamp 1.6 by 0.7).
    private const float MaxAspect = 2.5f;

    // Its ink fills at most this share of its box (a ring with the characters it touches: 7.6 %); a character, a logo block
    // or a picture fills more.
    private const float MaxFill = 0.12f;

    // Lines run through a ring when ink lies within this distance (inches) of its box on both sides, level with its middle
    // half: at least this many pixels for every dot of the page's resolution (a character or two).
    private const double BesideInches = 0.3;
    private const double MinBesideInk = 2;

    /// <summary>The rings of <paramref name="ink"/> (1 bpp), as a mask of their pixels; null when there are none.</summary>
    public static Pix? Find(Pix ink, int resolution)
    {
        ArgumentNullException.ThrowIfNull(ink);
        var (least, most) = ((int)(resolution * MinInches), (int)(resolution * MaxInches));
        using var large = Pix.Own(
            LeptonicaApi.PixSelectBySize(ink.Pointer, least, least, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "seal ring search");
        using var sized = Pix.Own(
            LeptonicaApi.PixSelectBySize(large.Pointer, most, most, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "seal ring search");
        using var square = Pix.Own(
            LeptonicaApi.PixSelectByWidthHeightRatio(sized.Pointer, MaxAspect, 8, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "seal ring search");
        using var upright = Pix.Own(
            LeptonicaApi.PixSelectByWidthHeightRatio(square.Pointer, 1 / MaxAspect, 8, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "seal ring search");
        var rings = Pix.Own(LeptonicaApi.PixSelectByAreaFraction(upright.Pointer, MaxFill, 8, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "seal ring search");
        KeepThoseAcrossLines(rings, ink, resolution);
        if (rings.CountSetPixels() == 0)
        {
            rings.Dispose();
            return null;
        }

        return rings;
    }

    // Only a ring that lines of text run through is taken out: one with ink right beside it on both sides, level with its
    // middle. A ring in a margin or beside a column of values is left, with the stamp's characters inside it: taken out,
    // those were read as text and pulled a form's labels and values into columns of their own (outside set A: 10 -> 40 %
    // CER), and a grey letter lost the lines under its stamp (14 -> 32 %). Ink in the corners of a round ring's box was no
    // better a sign: it took both of those too.
    private static void KeepThoseAcrossLines(Pix rings, Pix ink, int resolution)
    {
        var boxes = LeptonicaApi.PixConnComp(rings.Pointer, IntPtr.Zero, 8);
        if (boxes == IntPtr.Zero)
        {
            return;
        }

        try
        {
            using var text = Pix.Own(LeptonicaApi.PixSubtract(IntPtr.Zero, ink.Pointer, rings.Pointer), "seal ring search");
            var (reach, least) = ((int)(resolution * BesideInches), MinBesideInk * resolution);
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(boxes); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(boxes, i, out var x, out var y, out var width, out var height);
                var (top, middle) = (y + (height / 4), height / 2);
                if (InkIn(text, x - reach, top, reach, middle) < least || InkIn(text, x + width, top, reach, middle) < least)
                {
                    _ = LeptonicaApi.PixRasterop(rings.Pointer, x, y, width, height, LeptonicaApi.RasterClear, IntPtr.Zero, 0, 0);
                }
            }
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }

    // The ink pixels of a rectangle (cut to the image).
    private static long InkIn(Pix ink, int x, int y, int width, int height)
    {
        var (left, right) = (Math.Max(0, x), Math.Min(ink.Width, x + width));
        if (right - left < 1 || height < 1)
        {
            return 0;
        }

        using var cut = ink.Clip(left, y, right - left, height, "seal ring search");
        return cut.CountSetPixels();
    }
}
