using SkiaSharp;

namespace DocClassifier.Samples;

// Lays out and paints one PageContent onto any canvas. Everything is computed in "units per
// inch", so the same code draws pixels for a bitmap (units = dpi) and points for a PDF
// (units = 72), which keeps the raster and born-digital versions of a page identical.
internal sealed class PagePainter
{
    private const float LineSpacing = 1.6f;      // line box height as a multiple of the font size
    private const float TableRowSpacing = 2.2f;  // table row height as a multiple of the font size
    private const float CellPaddingEm = 0.5f;
    private static readonly SKColor LabelShade = new(0xEB, 0xEB, 0xEB);

    private readonly SKCanvas canvas;
    private readonly float unitsPerInch;
    private readonly float left;
    private readonly float right;
    private readonly float bottom;
    private float y;

    private readonly bool compactFonts;

    private PagePainter(SKCanvas canvas, float unitsPerInch, float widthInches, float heightInches, float marginInches, bool compactFonts)
    {
        this.compactFonts = compactFonts;
        this.canvas = canvas;
        this.unitsPerInch = unitsPerInch;
        left = marginInches * unitsPerInch;
        right = (widthInches - marginInches) * unitsPerInch;
        bottom = (heightInches - marginInches) * unitsPerInch;
        y = marginInches * unitsPerInch;
    }

    // compactFonts keeps to the Noto faces, which a PDF embeds as small subsets: Skia embeds a
    // TrueType CJK font (Ming, Kai) whole, 2-10 MB a file, so in a PDF those lines are drawn in Noto Serif.
    public static void Paint(SKCanvas canvas, PageContent page, float unitsPerInch, float widthInches, float heightInches, float marginInches, bool compactFonts = false)
    {
        var painter = new PagePainter(canvas, unitsPerInch, widthInches, heightInches, marginInches, compactFonts);
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case TextLine line:
                    painter.DrawLine(line);
                    break;
                case TableBlock table:
                    painter.DrawTable(table);
                    break;
                default:
                    throw new NotSupportedException($"Unknown block type {block.GetType().Name}.");
            }
        }
    }

    private float Pt(float points) => points * unitsPerInch / 72f;

    private void DrawLine(TextLine line)
    {
        y += Pt(line.SpaceBeforePt);
        var size = Pt(line.SizePt);
        var lineHeight = size * LineSpacing;
        EnsureRoom(lineHeight);

        if (!string.IsNullOrWhiteSpace(line.Text))
        {
            var x = left + (line.IndentInches * unitsPerInch);
            using var font = CreateFont(size, line.Bold, line.Face);
            FitToWidth(font, line.Text, right - x);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawText(line.Text, x, CenteredBaseline(font, y, lineHeight), SKTextAlign.Left, font, paint);
        }

        y += lineHeight;
    }

    private void DrawTable(TableBlock table)
    {
        if (table.ColumnWidths.Count == 0 || table.ColumnWidths.Any(w => w <= 0))
        {
            throw new ArgumentException("A table needs at least one column and every column width must be positive.", nameof(table));
        }

        y += Pt(table.SpaceBeforePt);
        var size = Pt(table.SizePt);
        var rowHeight = size * TableRowSpacing;
        var edges = ColumnEdges(table.ColumnWidths);

        // ~2 px at 300 dpi, i.e. about half a point: the hairline weight of printed form rules.
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = unitsPerInch / 150f };
        using var shade = new SKPaint { Color = LabelShade, Style = SKPaintStyle.Fill };
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };

        foreach (var row in table.Rows)
        {
            if (row.Count > edges.Length - 1)
            {
                throw new ArgumentException($"A row has {row.Count} cells but the table has only {edges.Length - 1} columns.", nameof(table));
            }

            EnsureRoom(rowHeight);
            var cells = CellRects(row.Count, edges, y, y + rowHeight);

            // Fill first so the shading never paints over a neighbouring cell's rule.
            for (var i = 0; i < cells.Length; i++)
            {
                if (table.ShadeLabelColumns && i % 2 == 0)
                {
                    canvas.DrawRect(cells[i], shade);
                }
            }

            for (var i = 0; i < cells.Length; i++)
            {
                DrawCellText(row[i], cells[i], size, ink, i % 2 == 0 ? table.Face : table.FillFace);
                canvas.DrawRect(cells[i], stroke);
            }

            y += rowHeight;
        }
    }

    private void DrawCellText(string text, SKRect cell, float size, SKPaint ink, TypefaceStyle face)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        using var font = CreateFont(size, bold: false, face);
        var padding = size * CellPaddingEm;
        FitToWidth(font, text, cell.Width - (2 * padding));
        canvas.DrawText(text, cell.Left + padding, CenteredBaseline(font, cell.Top, cell.Height), SKTextAlign.Left, font, ink);
    }

    private float[] ColumnEdges(IReadOnlyList<float> widths)
    {
        var total = widths.Sum();
        var edges = new float[widths.Count + 1];
        edges[0] = left;
        for (var i = 0; i < widths.Count; i++)
        {
            edges[i + 1] = edges[i] + ((right - left) * widths[i] / total);
        }

        edges[^1] = right; // avoid a rounding gap at the right border
        return edges;
    }

    private static SKRect[] CellRects(int cellCount, float[] edges, float top, float bottom)
    {
        var rects = new SKRect[cellCount];
        for (var i = 0; i < cellCount; i++)
        {
            var r = i == cellCount - 1 ? edges[^1] : edges[i + 1];
            rects[i] = new SKRect(edges[i], top, r, bottom);
        }

        return rects;
    }

    private void EnsureRoom(float height)
    {
        if (y + height > bottom + 0.5f)
        {
            throw new InvalidOperationException("The page content does not fit on the page; use fewer blocks or a taller page.");
        }
    }

    private SKFont CreateFont(float size, bool bold, TypefaceStyle face)
    {
        var typeface = CjkFonts.Of(compactFonts && face is TypefaceStyle.Ming or TypefaceStyle.Kai ? TypefaceStyle.Serif : face, bold);
        return new SKFont(typeface, size)
        {
            Edging = SKFontEdging.Antialias,
            Subpixel = true,
            // Synthetic bold only when no real bold face was found.
            Embolden = bold && typeface.FontStyle.Weight < (int)SKFontStyleWeight.SemiBold,
        };
    }

    // Shrinks the font until the text fits, so nothing is clipped and the ground truth stays true.
    private static void FitToWidth(SKFont font, string text, float available)
    {
        var width = font.MeasureText(text);
        if (width > available && width > 0)
        {
            font.Size *= available / width * 0.98f;
        }
    }

    private static float CenteredBaseline(SKFont font, float top, float height)
    {
        var metrics = font.Metrics; // Ascent is negative (above the baseline)
        var textHeight = metrics.Descent - metrics.Ascent;
        return top + ((height - textHeight) / 2f) - metrics.Ascent;
    }
}
