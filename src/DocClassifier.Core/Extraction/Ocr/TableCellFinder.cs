using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the cells of ruled tables: the white regions that the horizontal and vertical rules
/// enclose, kept only when they are cell-sized (not the page around the table, not a sliver) and
/// when they are rectangles of their own.
/// </summary>
internal static class TableCellFinder
{
    public static IReadOnlyList<PixelRect> Find(Pix rules, int resolution)
    {
        using var inverted = Pix.Own(LeptonicaApi.PixInvert(IntPtr.Zero, rules.Pointer), "inversion");
        var boxes = LeptonicaApi.PixConnComp(inverted.Pointer, IntPtr.Zero, 4);
        if (boxes == IntPtr.Zero)
        {
            return [];
        }

        try
        {
            var (pageWidth, pageHeight) = (rules.Width, rules.Height);
            var cells = new List<PixelRect>();
            for (var i = 0; i < LeptonicaApi.BoxaGetCount(boxes); i++)
            {
                _ = LeptonicaApi.BoxaGetBoxGeometry(boxes, i, out var x, out var y, out var w, out var h);
                var isCellSized = w >= resolution * 0.2 && h >= resolution * 0.12 && h <= resolution * 2.5
                    && w < pageWidth * 0.95 && h < pageHeight * 0.5;
                var touchesEdge = x == 0 || y == 0 || x + w >= pageWidth || y + h >= pageHeight;
                if (isCellSized && !touchesEdge)
                {
                    cells.Add(new PixelRect(x, y, w, h));
                }
            }

            // Where a rule is broken (a fax, a faint scan), two cells run into one white region whose box takes in the cells
            // beside them: on a fax the 115 of a 課稅年度 cell and the address row under it made one box over the house-tax
            // number's and the label's cells, and the number was read twice, the label not at all. Cells never overlap; such a
            // region is no cell, and its text is read with the rest of the page.
            List<PixelRect> own = [.. cells.Where(cell => !cells.Any(other => other != cell && Covers(cell, other)))];

            // One or two boxes are more likely a framed paragraph than a table.
            return own.Count >= 4 ? own : [];
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }

    // Whether the box takes in most (half or more) of another, smaller box.
    private static bool Covers(PixelRect box, PixelRect other)
    {
        var width = Math.Min(box.X + box.Width, other.X + other.Width) - Math.Max(box.X, other.X);
        var height = Math.Min(box.Bottom, other.Bottom) - Math.Max(box.Y, other.Y);
        var smaller = (long)other.Width * other.Height <= (long)box.Width * box.Height;
        return smaller && width > 0 && height > 0 && (long)width * height * 2 >= (long)other.Width * other.Height;
    }
}
