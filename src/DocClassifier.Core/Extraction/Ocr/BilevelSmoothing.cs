using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A black-and-white page (a fax, a G4 scan) made grey with each pixel the mean of the 3 x 3 square around it. Its
/// strokes are stairs of whole pixels, broken where a thin stroke fell between two lines of the scan; averaged, they
/// have the soft grey edges of the scans the model learnt from, and scaling up interpolates between greys instead of
/// enlarging the stairs. Below 200 dpi a stroke is a pixel or two wide and the mean fades it to a light grey.
/// </summary>
internal static class BilevelSmoothing
{
    /// <summary>A black-and-white page of less than this (pixels an inch, as stated or guessed) is not smoothed.</summary>
    public const int MinResolution = 200;

    // Half the side of the square averaged over: 1, a 3 x 3 mean. On a fax stretched to square pixels a 3 x 5 mean (each
    // doubled row's neighbours too) blurred the strokes into each other: 42 tuning faxes 14.3 -> 27.9 % CER (3 x 3: 9.5 %).
    private const int HalfSide = 1;

    /// <summary>Whether a page of this depth and resolution is smoothed before it is prepared.</summary>
    public static bool Applies(int depth, int resolution) => depth == 1 && resolution >= MinResolution;

    /// <summary>The page as 8-bit grey, each pixel the mean of its 3 x 3 square; the caller owns the image.</summary>
    public static Pix Smooth(Pix binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(binary.Pointer, 0), "grey conversion");
        var smooth = Pix.Own(LeptonicaApi.PixBlockconv(grey.Pointer, HalfSide, HalfSide), "smoothing");
        smooth.Resolution = binary.Resolution;
        return smooth;
    }
}
