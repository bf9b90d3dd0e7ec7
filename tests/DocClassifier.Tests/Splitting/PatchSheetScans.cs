using DocClassifier.Samples;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;
using SkiaSharp;

namespace DocClassifier.Tests.Splitting;

/// <summary>Scanned stacks with Kodak patch sheets and ruled forms, drawn with SkiaSharp and degraded like the samples' scans.</summary>
internal static class PatchSheetScans
{
    public const int Dpi = 200;
    private const int BilevelThreshold = 160;

    /// <summary>One sheet as fed: its clean render, its skew (180 is upside down), and whether it is scanned in black and white.</summary>
    public sealed record Sheet(Func<SKBitmap> Render, float RotationDegrees = 0, bool Bilevel = false);

    /// <summary>The patch T sheet <see cref="PatchSheetWriter"/> prints.</summary>
    public static SKBitmap PatchT()
    {
        var bitmap = Paper(out var canvas);
        using (canvas)
        using (var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true })
        {
            foreach (var (left, bottom, width, height) in PatchSheetWriter.Bars())
            {
                canvas.DrawRect(Px(left), Px(PatchSheetWriter.A4Height - bottom - height), Px(width), Px(height), black);
            }

            using var font = new SKFont(SKTypeface.Default, Px(60));
            canvas.DrawText("PATCH T", bitmap.Width / 2f, bitmap.Height / 2f, SKTextAlign.Center, font, black);
        }

        return bitmap;
    }

    /// <summary>A sheet with one patch of <paramref name="pattern"/> (W wide, N narrow, from the top edge) 1 in below the top edge.</summary>
    public static SKBitmap Patch(string pattern)
    {
        var bitmap = Paper(out var canvas);
        using (canvas)
        using (var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true })
        {
            var top = 72.0;
            foreach (var bar in pattern)
            {
                var height = bar == 'W' ? 0.20 * 72 : 0.08 * 72;
                canvas.DrawRect(Px(72), Px(top), Px(PatchSheetWriter.A4Width - 144), Px(height), black);
                top += height + (0.08 * 72);
            }
        }

        return bitmap;
    }

    /// <summary>
    /// A ruled form: a black title band, then rows of thin rules a text line apart with a thicker rule every fifth,
    /// column lines, and some text in the cells: long parallel lines of every weight a form uses.
    /// </summary>
    public static SKBitmap RuledForm()
    {
        var bitmap = Paper(out var canvas);
        using (canvas)
        using (var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true })
        using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill, IsAntialias = true })
        using (var font = new SKFont(SKTypeface.Default, Px(10)))
        using (var title = new SKFont(SKTypeface.Default, Px(16)))
        {
            canvas.DrawRect(Px(54), Px(54), Px(PatchSheetWriter.A4Width - 108), Px(28), black);
            canvas.DrawText("APPLICATION FOR TAX RELIEF", Px(70), Px(74), SKTextAlign.Left, title, white);
            for (var (y, row) = (100.0, 0); y < PatchSheetWriter.A4Height - 60; y += 22, row++)
            {
                var weight = row % 5 == 0 ? 2.0 : 0.6;
                canvas.DrawRect(Px(54), Px(y), Px(PatchSheetWriter.A4Width - 108), Px(weight), black);
                if (row % 5 == 0)
                {
                    // A double rule under each section heading.
                    canvas.DrawRect(Px(54), Px(y + 4), Px(PatchSheetWriter.A4Width - 108), Px(2), black);
                }

                canvas.DrawText($"Item {row + 1}   amount   NT$ {(row * 1234) % 99999}", Px(60), Px(y + 16), SKTextAlign.Left, font, black);
            }

            foreach (var x in new[] { 54.0, 250, 420, PatchSheetWriter.A4Width - 54 })
            {
                canvas.DrawRect(Px(x), Px(100), Px(1), Px(PatchSheetWriter.A4Height - 160), black);
            }
        }

        return bitmap;
    }

    public static SKBitmap Letter() => PageRenderer.Render(Stacks.Letter, Dpi).Bitmap;

    public static SKBitmap Form() => PageRenderer.Render(Stacks.Form, Dpi).Bitmap;

    /// <summary>The scanned sheet, degraded (grey, or thresholded to black and white).</summary>
    public static SKBitmap Scan(Sheet sheet, int seed)
    {
        using var clean = sheet.Render();
        var scan = new ScanDegrader(seed) { RotationDegrees = sheet.RotationDegrees }.Degrade(clean);
        if (sheet.Bilevel)
        {
            var pixels = scan.GetPixelSpan();
            for (var y = 0; y < scan.Height; y++)
            {
                foreach (ref var value in pixels.Slice(y * scan.RowBytes, scan.Width))
                {
                    value = value < BilevelThreshold ? (byte)0 : (byte)255;
                }
            }
        }

        return scan;
    }

    /// <summary>A multi-page scanned PDF as a multifunction printer writes it: grey pages JPEG, black-and-white pages lossless.</summary>
    public static string Pdf(TempFolder folder, string name, IReadOnlyList<Sheet> sheets)
    {
        var pages = new List<(byte[], bool, int, int, int)>();
        for (var i = 0; i < sheets.Count; i++)
        {
            using var scan = Scan(sheets[i], 11 + i);
            using var stream = new MemoryStream();
            var format = sheets[i].Bilevel ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
            _ = scan.Encode(stream, format, 85);
            pages.Add((stream.ToArray(), !sheets[i].Bilevel, scan.Width, scan.Height, Dpi));
        }

        var path = Path.Combine(folder.Path, name);
        using (var output = File.Create(path))
        {
            ImageWriters.SaveImageOnlyPdf(pages, output);
        }

        return path;
    }

    private static SKBitmap Paper(out SKCanvas canvas)
    {
        var bitmap = new SKBitmap(new SKImageInfo((int)Math.Round(Px(PatchSheetWriter.A4Width)), (int)Math.Round(Px(PatchSheetWriter.A4Height)), SKColorType.Rgba8888, SKAlphaType.Opaque));
        canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        return bitmap;
    }

    private static float Px(double points) => (float)(points * Dpi / 72);
}
