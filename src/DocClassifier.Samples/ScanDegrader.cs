using SkiaSharp;

namespace DocClassifier.Samples;

// Makes a clean render look like a flatbed scan: slightly skewed, specked, soft and greyscale.
// Every random choice comes from System.Random(Seed), so the same input and settings always give
// the same bytes and OCR fixtures stay reproducible. Defaults stay mild enough for OCR to read.
public sealed class ScanDegrader
{
    public ScanDegrader(int seed) => Seed = seed;

    public int Seed { get; }

    // Positive is clockwise. Real feeder skew is within about ±2°.
    public float RotationDegrees { get; init; }

    // Dust/toner specks per pixel; 0.0004 puts a few thousand specks on an A4 page at 300 dpi.
    public double SpeckDensity { get; init; } = 0.0004;

    // Standard deviation, in grey levels, of the per-pixel sensor/paper grain.
    public double GrainSigma { get; init; } = 6;

    // Gaussian blur sigma in pixels; ~0.6 mimics scanner optics without smearing strokes.
    public float BlurSigma { get; init; } = 0.6f;

    // Returns a new Gray8 bitmap of the same size; the source is not modified.
    public SKBitmap Degrade(SKBitmap source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var random = new Random(Seed);
        var info = new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);

        using var skewed = new SKBitmap(info);
        using (var canvas = new SKCanvas(skewed))
        {
            // Rotate about the centre and fill the exposed corners with paper white, as a scanner lid would.
            canvas.Clear(SKColors.White);
            canvas.RotateDegrees(RotationDegrees, source.Width / 2f, source.Height / 2f);
            canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), null);
            canvas.ResetMatrix();
            DrawSpecks(canvas, source.Width, source.Height, random);
        }

        var result = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        try
        {
            // Skia converts to luminance while drawing into the Gray8 target, so blur and greyscale are one pass.
            BlurInto(skewed, result);
            AddGrain(result, random);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private void DrawSpecks(SKCanvas canvas, int width, int height, Random random)
    {
        var count = (int)(SpeckDensity * width * height);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var i = 0; i < count; i++)
        {
            // Light grey, sub-stroke sized: visible texture, but too faint and small to read as a glyph.
            var level = (byte)random.Next(150, 215);
            paint.Color = new SKColor(level, level, level);
            var radius = 0.4f + ((float)random.NextDouble() * 1.1f);
            canvas.DrawCircle((float)(random.NextDouble() * width), (float)(random.NextDouble() * height), radius, paint);
        }
    }

    private void BlurInto(SKBitmap input, SKBitmap output)
    {
        using var canvas = new SKCanvas(output);
        canvas.Clear(SKColors.White);
        if (BlurSigma <= 0)
        {
            canvas.DrawBitmap(input, 0, 0, SKSamplingOptions.Default, null);
            return;
        }

        // Clamp so the page edges blur against themselves instead of fading into transparent black.
        using var paint = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(BlurSigma, BlurSigma, SKShaderTileMode.Clamp) };
        canvas.DrawBitmap(input, 0, 0, SKSamplingOptions.Default, paint);
    }

    // Per-pixel grain, approximately normal: the sum of four uniform bytes (Irwin–Hall) has
    // mean 510 and standard deviation ~147.8. Drawing bytes in bulk is far cheaper than
    // Box–Muller per pixel on an 8.7-megapixel page.
    private void AddGrain(SKBitmap grey, Random random)
    {
        if (GrainSigma <= 0)
        {
            return;
        }

        const double irwinHallMean = 510.0;
        const double irwinHallSigma = 147.8;
        var scale = GrainSigma / irwinHallSigma;
        var pixels = grey.GetPixelSpan();
        var noise = new byte[grey.Width * 4];
        for (var y = 0; y < grey.Height; y++)
        {
            random.NextBytes(noise);
            var row = pixels.Slice(y * grey.RowBytes, grey.Width);
            for (var x = 0; x < row.Length; x++)
            {
                var sum = noise[4 * x] + noise[(4 * x) + 1] + noise[(4 * x) + 2] + noise[(4 * x) + 3];
                var value = row[x] + ((sum - irwinHallMean) * scale);
                row[x] = (byte)Math.Clamp((int)Math.Round(value), 0, 255);
            }
        }
    }
}
