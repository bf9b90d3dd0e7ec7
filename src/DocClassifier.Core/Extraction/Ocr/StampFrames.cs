using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds seals and received stamps that are as dark as the text by their frame, and whitens them after cutting each out to
/// be read on its own. A red seal scanned grey is as dark as black print (red ink at full strength: about 85), and a black
/// and white scan has no grey at all, so <see cref="SealEraser"/>'s grey levels cannot tell them; but a seal or stamp is a
/// ring or frame round a few characters: a mark of half an inch to a few inches that encloses most of its box and holds
/// little ink of its own. Tesseract's layout takes such a frame for a picture and drops the lines it crosses, or reads the
/// frame and its characters into them.
/// </summary>
internal static class StampFrames
{
    // Ink is darker than this.
    private const int InkLevel = 128;

    // A frame is at least this wide and tall (inches: a name seal is 0.4-0.8, a received stamp 0.7-2; a check box 0.15) and
    // at most this (a table of a form is wider).
    private const double MinInches = 0.35;
    private const double MaxInches = 3;

    // A frame encloses at least this share of its box (a ring 0.79, a rectangle turned by 15 degrees about 0.6), and its ink
    // is at most this share of what it encloses (a received stamp's 0.05-0.1, a seal's 0.15-0.3 with its characters joined).
    private const double MinEnclosedShare = 0.4;
    private const double MaxInkShare = 0.45;

    // A frame encloses one space (its characters stand in it, apart from the frame); a small table, which also encloses most
    // of its box with little ink, is split by its rules into cells, none of which is this share of the whole.
    private const double MinHoleShare = 0.5;

    // The frame's own line is within this (inches) of its outline: the cut-out is read without it.
    private const double RingInches = 0.04;

    // Around the frame's outline this much more (pixels) is whitened on the page: the grey edges of its line.
    private const int EdgePixels = 5;

    private const int PaperLevel = 215;

    // The text beside a frame is looked at within this (inches) of its box; ink lighter than TextInkLevel is not text's.
    // Its cores are the darkest TextCoreShare of it, the frame's the darkest FrameCoreShare of its mark; the text is kept
    // within the frame when its cores are MinDarker grey levels darker than the frame's, and there are MinTextPixels of it.
    // The characters a frame crosses join its mark, and over lines of bold print they were its darkest fifth: the frame of a
    // grey 收文 ring looked as dark as the text, and the lines under it were whitened with it (an outside set's refund
    // letter: 29.4 % CER, 8.6 % with 0.35; chosen on outside sets A-C, tuned on).
    private const double BesideInches = 0.3;
    private const int TextInkLevel = 160;
    private const double TextCoreShare = 0.1;
    private const double FrameCoreShare = 0.35;
    private const int MinDarker = 30;
    private const int MinTextPixels = 200;

    /// <summary>
    /// Whitens the seals and stamps framed in dark ink of <paramref name="grey"/> (8 bpp) in place, each first cut out into
    /// <paramref name="stamps"/> when given; true when there were any.
    /// </summary>
    public static bool Erase(Pix grey, int resolution, ICollection<StampImage>? stamps = null)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var (least, most) = ((int)(MinInches * resolution), (int)(MaxInches * resolution));
        using var ink = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, InkLevel), "stamp frame search");
        using var large = Pix.Own(
            LeptonicaApi.PixSelectBySize(ink.Pointer, least, least, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtLeast, IntPtr.Zero), "stamp frame search");
        using var marks = Pix.Own(
            LeptonicaApi.PixSelectBySize(large.Pointer, most, most, 8, LeptonicaApi.SelectIfBoth, LeptonicaApi.SelectIfAtMost, IntPtr.Zero), "stamp frame search");
        if (marks.CountSetPixels() == 0)
        {
            return false;
        }

        using var holes = Pix.Own(LeptonicaApi.PixHolesByFilling(marks.Pointer, 8), "stamp frame search");
        using var enclosed = Pix.Own(LeptonicaApi.PixOr(IntPtr.Zero, marks.Pointer, holes.Pointer), "stamp frame search");
        var holeBoxes = holes.MarkBoxes();
        var frames = enclosed.MarkBoxes().Where(box => IsFrame(enclosed, marks, holes, holeBoxes, box)).ToList();
        if (frames.Count == 0)
        {
            return false;
        }

        using var found = Pix.Own(LeptonicaApi.PixCreate(grey.Width, grey.Height, 1), "stamp frame search");
        foreach (var box in frames)
        {
            _ = LeptonicaApi.PixRasterop(found.Pointer, box.X, box.Y, box.Width, box.Height, LeptonicaApi.RasterSource, enclosed.Pointer, box.X, box.Y);
        }

        // Each frame's reach on the page (what it encloses and the grey edges around it), within its box and BesideInches more.
        var reaches = frames.Select(box => Reach(grey, found, box, resolution)).ToList();
        try
        {
            CutOutAndWhiten(grey, marks, found, frames, reaches, resolution, stamps);
        }
        finally
        {
            reaches.ForEach(r => r.Mask.Dispose());
        }

        return true;
    }

    // Cuts each frame out (when stamps are wanted), then whitens it: the text levels are taken before any is whitened.
    private static void CutOutAndWhiten(Pix grey, Pix marks, Pix found, List<PixelRect> frames, List<(PixelRect Around, Pix Mask)> reaches, int resolution, ICollection<StampImage>? stamps)
    {
        var cores = frames.Select((box, i) => TextCoreLevel(grey, marks, box, reaches[i])).ToList();
        if (stamps is not null)
        {
            // Read without the frame's line and without the page around it, and without the cores of darker text under it.
            var ring = Math.Max(3, (int)Math.Round(resolution * RingInches * 2)) | 1;
            using var inside = Pix.Own(LeptonicaApi.PixErodeBrick(IntPtr.Zero, found.Pointer, ring, ring), "stamp frame search");
            using var outside = Pix.Own(LeptonicaApi.PixInvert(IntPtr.Zero, inside.Pointer), "stamp frame search");
            for (var i = 0; i < frames.Count; i++)
            {
                if (cores[i] is { } level)
                {
                    using var text = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, level), "stamp frame search");
                    using var textEdges = Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, text.Pointer, EdgePixels, EdgePixels), "stamp frame search");
                    _ = LeptonicaApi.PixOr(textEdges.Pointer, textEdges.Pointer, outside.Pointer);
                    stamps.Add(new StampImage(frames[i], StampCutOut.Cut(grey, textEdges, frames[i], resolution, level, PaperLevel)));
                }
                else
                {
                    stamps.Add(new StampImage(frames[i], StampCutOut.Cut(grey, outside, frames[i], resolution, 0, PaperLevel)));
                }
            }
        }

        for (var i = 0; i < frames.Count; i++)
        {
            Whiten(grey, reaches[i], cores[i]);
        }
    }

    private static (PixelRect Around, Pix Mask) Reach(Pix grey, Pix found, PixelRect box, int resolution)
    {
        var margin = (int)(BesideInches * resolution);
        var around = new PixelRect(box.X - margin, box.Y - margin, box.Width + (2 * margin), box.Height + (2 * margin)).Within(grey.Width, grey.Height) ?? box;
        using var area = found.Clip(around.X, around.Y, around.Width, around.Height, "stamp frame search");
        return (around, Pix.Own(LeptonicaApi.PixDilateBrick(IntPtr.Zero, area.Pointer, EdgePixels, EdgePixels), "stamp frame search"));
    }

    // The grey level under which the text around a frame is kept within it: where the text within BesideInches of it is
    // clearly darker than the frame's ink (black print under a red seal scanned grey, or a grey stamp), midway between the
    // two; null when they cannot be told apart (a black-and-white page, a stamp as dark as the text).
    private static int? TextCoreLevel(Pix grey, Pix marks, PixelRect box, (PixelRect Around, Pix Mask) reach)
    {
        var around = reach.Around;
        using var page = grey.Clip(around.X, around.Y, around.Width, around.Height, "stamp frame search");
        return TextLevel(page, reach.Mask) is { } text && FrameLevel(grey, marks, box) is { } frame && text <= frame - MinDarker
            ? (text + frame) / 2
            : null;
    }

    // Whitens a frame's reach, but for the text's cores darker than <paramref name="keepDarkerThan"/>, when given: the lines
    // the stamp was set over are read through it. The reach's mask is its last use here and loses the cores.
    private static void Whiten(Pix grey, (PixelRect Around, Pix Mask) reach, int? keepDarkerThan)
    {
        var around = reach.Around;
        using var page = grey.Clip(around.X, around.Y, around.Width, around.Height, "stamp frame search");
        if (keepDarkerThan is { } level)
        {
            using var cores = Pix.Own(LeptonicaApi.PixThresholdToBinary(page.Pointer, level), "stamp frame search");
            _ = LeptonicaApi.PixSubtract(reach.Mask.Pointer, reach.Mask.Pointer, cores.Pointer);
        }

        _ = LeptonicaApi.PixSetMasked(page.Pointer, reach.Mask.Pointer, 255);
        _ = LeptonicaApi.PixRasterop(grey.Pointer, around.X, around.Y, around.Width, around.Height, LeptonicaApi.RasterSource, page.Pointer, 0, 0);
    }

    // How dark the text beside a frame is at its cores: a low percentile of the ink outside the frame's reach; null when there
    // is too little text beside it to tell.
    private static int? TextLevel(Pix page, Pix reach)
    {
        var (histogram, count) = Histogram(page, reach, within: false, TextInkLevel);
        return count >= MinTextPixels ? GreyRaster.Percentile(histogram, count, TextCoreShare) : null;
    }

    // How dark the frame's own ink is: a low percentile of its mark's pixels.
    private static int? FrameLevel(Pix grey, Pix marks, PixelRect box)
    {
        using var page = grey.Clip(box.X, box.Y, box.Width, box.Height, "stamp frame search");
        using var frame = marks.Clip(box.X, box.Y, box.Width, box.Height, "stamp frame search");
        var (histogram, count) = Histogram(page, frame, within: true, 256);
        return count > 0 ? GreyRaster.Percentile(histogram, count, FrameCoreShare) : null;
    }

    // The grey levels under <paramref name="lighterThan"/> of the pixels of <paramref name="page"/> within (or outside) the
    // set pixels of <paramref name="mask"/> (1 bpp, the same size), and how many there are.
    private static (long[] Histogram, long Count) Histogram(Pix page, Pix mask, bool within, int lighterThan)
    {
        using var maskGrey = Pix.Own(LeptonicaApi.PixConvertTo8(mask.Pointer, 0), "stamp frame search");
        var (pixels, set) = (GreyRaster.From(page).Pixels, GreyRaster.From(maskGrey).Pixels);
        var histogram = new long[256];
        var count = 0L;
        for (var i = 0; i < pixels.Length; i++)
        {
            // A set pixel of the mask is black (0) once made grey.
            if ((set[i] == 0) == within && pixels[i] < lighterThan)
            {
                histogram[pixels[i]]++;
                count++;
            }
        }

        return (histogram, count);
    }

    private static bool IsFrame(Pix enclosed, Pix marks, Pix holes, List<PixelRect> holeBoxes, PixelRect box)
    {
        using var area = enclosed.Clip(box.X, box.Y, box.Width, box.Height, "stamp frame search");
        using var frameInk = marks.Clip(box.X, box.Y, box.Width, box.Height, "stamp frame search");
        var inside = area.CountSetPixels();
        return inside >= MinEnclosedShare * box.Width * box.Height
            && frameInk.CountSetPixels() <= MaxInkShare * inside
            && LargestHole(holes, holeBoxes, box) >= MinHoleShare * inside;
    }

    // The pixels of the largest hole within the box (counted within the hole's own box).
    private static long LargestHole(Pix holes, List<PixelRect> holeBoxes, PixelRect box)
    {
        var largest = 0L;
        foreach (var hole in holeBoxes.Where(h => PixelRect.Overlap(h, box) == h.Area))
        {
            using var pixels = holes.Clip(hole.X, hole.Y, hole.Width, hole.Height, "stamp frame search");
            largest = Math.Max(largest, pixels.CountSetPixels());
        }

        return largest;
    }
}
