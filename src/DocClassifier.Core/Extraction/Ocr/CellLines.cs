using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the lines of writing in a table cell of the prepared page (rules already painted white), so that a cell of two or
/// more is read line by line. A cell less than half an inch high can still hold two lines (民雄鄉東湖段二小段 over
/// 0970-0000地號; a label that wraps): read as one line, such a cell came back as one character.
/// </summary>
internal static class CellLines
{
    // A grey pixel darker than this is ink (every preprocessor gives an 8 bpp page of white paper and dark print).
    private const int InkBelow = 160;

    // A line of writing is at least this high (inches): a 7-point digit.
    private const double MinLineInches = 0.07;

    // Lines of writing in one cell differ in height by less than this factor (Chinese and digits, a descender).
    private const double MaxHeightRatio = 1.5;

    /// <summary>The cell's lines of ink, top to bottom, as rows of the (8 bpp) page (Bottom exclusive).</summary>
    public static IReadOnlyList<(int Top, int Bottom)> Find(Pix image, PixelRect cell, int resolution)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var clip = image.Clip(cell.X, cell.Y, cell.Width, cell.Height, "cell cut-out");
        using var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(clip.Pointer, InkBelow), "binarisation");

        // A row of white can cross a short line's few characters (合計: between 合's roof and its 口, and 計's strokes): parts of
        // a line lower than a character are one line with the part beside them.
        var least = (int)(resolution * MinLineInches);
        var lines = new List<(int Top, int Bottom)>();
        foreach (var (top, bottom) in InkBands.Lines(binary, resolution))
        {
            if (lines.Count > 0 && (bottom - top < least || lines[^1].Bottom - lines[^1].Top < least))
            {
                lines[^1] = (lines[^1].Top, cell.Y + bottom);
                continue;
            }

            lines.Add((cell.Y + top, cell.Y + bottom));
        }

        return lines;
    }

    /// <summary>
    /// Whether the lines are about as high as each other, as a cell's lines of writing are. A stamp over a box of notes joins
    /// two lines and its own characters into one band twice as high: read line by line, those lines were lost; as a block
    /// they are read.
    /// </summary>
    public static bool AreEven(IReadOnlyList<(int Top, int Bottom)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Count > 0 && lines.Max(l => l.Bottom - l.Top) <= MaxHeightRatio * lines.Min(l => l.Bottom - l.Top);
    }

    /// <summary>The part of the cell that holds its line <paramref name="index"/>: to halfway to the lines around it.</summary>
    public static PixelRect Around(PixelRect cell, IReadOnlyList<(int Top, int Bottom)> lines, int index)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var top = index == 0 ? cell.Y : (lines[index - 1].Bottom + lines[index].Top) / 2;
        var bottom = index == lines.Count - 1 ? cell.Bottom : (lines[index].Bottom + lines[index + 1].Top) / 2;
        return new PixelRect(cell.X, top, cell.Width, bottom - top);
    }
}
