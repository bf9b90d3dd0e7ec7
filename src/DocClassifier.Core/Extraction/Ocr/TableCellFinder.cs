using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the cells of ruled tables: the white regions that the horizontal and vertical rules
/// enclose, kept only when they are cell-sized (not the page around the table, not a sliver).
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

            // One or two boxes are more likely a framed paragraph than a table.
            return cells.Count >= 4 ? cells : [];
        }
        finally
        {
            LeptonicaApi.BoxaDestroy(ref boxes);
        }
    }
}
