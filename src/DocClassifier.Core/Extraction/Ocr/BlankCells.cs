using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tells an empty table cell from one with writing in it. A scan's specks in an empty cell, read on their own, come back as a
/// row of marks (a payment notice's empty 合計 cell as <c>上、、。。。-。。有</c>): Tesseract thresholds the cell by itself, and on
/// nearly white paper its threshold falls among the specks. A cell whose every mark is a speck is empty.
/// </summary>
internal static class BlankCells
{
    // A mark this long in either direction (inches) is writing: 一, a dash and 、 at 8 points are longer; scan specks and a
    // lone full stop are not.
    private const double MinMarkInches = 0.025;

    /// <summary>Whether the cell's ink (binary, ink = 1, rules taken out) is only specks, or nothing.</summary>
    public static bool HoldsOnlySpecks(Pix ink, PixelRect cell, int resolution)
    {
        ArgumentNullException.ThrowIfNull(ink);
        using var clip = ink.Clip(cell.X, cell.Y, cell.Width, cell.Height, "cell cut-out");
        var marks = LeptonicaApi.PixConnComp(clip.Pointer, IntPtr.Zero, 8);
        if (marks == IntPtr.Zero)
        {
            return true;
        }

        try
        {
            var least = Math.Max(3, resolution * MinMarkInches);
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(marks); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(marks, i, out _, out _, out var width, out var height);
                if (width >= least || height >= least)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref marks);
        }
    }
}
