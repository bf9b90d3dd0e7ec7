using SkiaSharp;

namespace DocClassifier.Samples;

public static class PageRenderer
{
    public const float A4WidthInches = 8.27f;
    public const float A4HeightInches = 11.69f;
    public const float MarginInches = 0.8f;
    private const float PointsPerInch = 72f;

    // White A4 (or shorter, via heightInches) page with black text; the bitmap is opaque RGBA so
    // ScanDegrader and the encoders can take it as is.
    public static RenderedPage Render(PageContent page, int dpi = 300, float heightInches = A4HeightInches)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 36);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heightInches, 2 * MarginInches);

        var width = (int)Math.Round(A4WidthInches * dpi);
        var height = (int)Math.Round(heightInches * dpi);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        try
        {
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                PagePainter.Paint(canvas, page, dpi, A4WidthInches, heightInches, MarginInches);
            }

            return new RenderedPage(bitmap, dpi, page.GroundTruth);
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    // Born-digital PDF: Skia writes the glyphs as real text (with a ToUnicode map), so a PDF text
    // extractor gets the ground truth back without OCR. Ming and Kai lines are drawn in Noto Serif
    // (see PagePainter.Paint), so a file stays small. The output stream is left open.
    public static void RenderPdf(IReadOnlyList<PageContent> pages, Stream output, float heightInches = A4HeightInches)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heightInches, 2 * MarginInches);

        using var document = SKDocument.CreatePdf(output)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document (PDF backend missing?).");
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(A4WidthInches * PointsPerInch, heightInches * PointsPerInch);
            canvas.Clear(SKColors.White);
            PagePainter.Paint(canvas, page, PointsPerInch, A4WidthInches, heightInches, MarginInches, compactFonts: true);
            document.EndPage();
        }

        document.Close();
    }
}
