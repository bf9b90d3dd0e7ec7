using DocClassifier.Splitting;
using SkiaSharp;

namespace DocClassifier.Samples.Stacks;

/// <summary>A separator sheet as printed, rendered at a resolution, laid out as <see cref="SeparatorSheetWriter"/> lays out its PDF.</summary>
public static class SeparatorSheetImage
{
    private const float A4WidthInches = PageRenderer.A4WidthInches;
    private const float A4HeightInches = PageRenderer.A4HeightInches;
    private const float CodeSideInches = 255f / 72f;

    public static SKBitmap Render(string? label, int dpi)
    {
        var matrix = SeparatorSheetWriter.Matrix(SeparatorCode.Encode(label));
        var (width, height) = ((int)Math.Round(A4WidthInches * dpi), (int)Math.Round(A4HeightInches * dpi));
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        var module = CodeSideInches * dpi / matrix.Width;
        var (left, top) = ((width - (CodeSideInches * dpi)) / 2, (height - (CodeSideInches * dpi)) / 2);
        for (var y = 0; y < matrix.Height; y++)
        {
            for (var x = 0; x < matrix.Width; x++)
            {
                if (matrix[x, y])
                {
                    canvas.DrawRect(left + (x * module), top + (y * module), module, module, black);
                }
            }
        }

        using var font = new SKFont(SKTypeface.Default, dpi * 30f / 72f);
        canvas.DrawText("SEPARATOR SHEET", width / 2f, dpi * 1.95f, SKTextAlign.Center, font, black);
        font.Size = dpi * 20f / 72f;
        canvas.DrawText(label is null ? "Next document: any kind" : $"Next document: {label}", width / 2f, height - (dpi * 2.64f), SKTextAlign.Center, font, black);
        return bitmap;
    }
}
