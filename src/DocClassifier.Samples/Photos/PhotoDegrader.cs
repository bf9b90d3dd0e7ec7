using DocClassifier.Extraction.Ocr;
using SkiaSharp;

namespace DocClassifier.Samples.Photos;

/// <summary>
/// Makes a clean page render look like a phone photo of it: the page lies on a dark table, seen at an
/// angle (a perspective warp of its four corners), with a shadow falling across it, slightly out of
/// focus, saved as a colour JPEG that states no resolution. Deterministic: the same input and settings
/// give the same bytes.
/// </summary>
public sealed class PhotoDegrader
{
    /// <summary>The photo's size relative to the page's: room for the table around it.</summary>
    public float FrameScale { get; init; } = 1.2f;

    /// <summary>
    /// Where the page's corners land (clockwise from the top left), as fractions of the photo's width and
    /// height: a camera held a little to the left of and below the page's centre.
    /// </summary>
    public IReadOnlyList<(float X, float Y)> Corners { get; init; } = [(0.09f, 0.07f), (0.92f, 0.09f), (0.95f, 0.94f), (0.06f, 0.92f)];

    /// <summary>How much light the shadow's darkest edge keeps (1: no shadow).</summary>
    public float ShadowLight { get; init; } = 0.55f;

    public float BlurSigma { get; init; } = 1.2f;

    /// <summary>How much of its darkness the ink keeps (1: as rendered; 0.3: a faded thermal roll, light grey print).</summary>
    public float InkFade { get; init; } = 1f;

    public int JpegQuality { get; init; } = 80;

    public byte[] Photograph(SKBitmap page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (width, height) = ((int)(page.Width * FrameScale), (int)(page.Height * FrameScale));
        using var photo = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(photo))
        {
            canvas.Clear(new SKColor(74, 62, 52)); // a wooden table
            canvas.Save();
            canvas.SetMatrix(PerspectiveOf(page.Width, page.Height, width, height));
            using (var paper = new SKPaint { IsAntialias = true, ImageFilter = SKImageFilter.CreateBlur(BlurSigma, BlurSigma, SKShaderTileMode.Clamp) })
            {
                canvas.DrawBitmap(page, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paper);
            }

            if (InkFade < 1)
            {
                // White laid over the page at 1 - InkFade: every grey g becomes 255 - (255 - g) * InkFade.
                using var fade = new SKPaint { Color = new SKColor(255, 255, 255, (byte)Math.Round(255 * (1 - InkFade))) };
                canvas.DrawRect(0, 0, page.Width, page.Height, fade);
            }

            canvas.Restore();

            // The photographer's shadow: darkest at the bottom left, fading out before the top right.
            var dark = (byte)(255 * ShadowLight);
            using var shadow = new SKPaint
            {
                BlendMode = SKBlendMode.Multiply,
                Shader = SKShader.CreateLinearGradient(
                    new SKPoint(0, height), new SKPoint(width * 0.7f, height * 0.3f),
                    [new SKColor(dark, dark, dark), SKColors.White], [0.25f, 1f], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, shadow);
        }

        using var stream = new MemoryStream();
        if (!photo.Encode(stream, SKEncodedImageFormat.Jpeg, JpegQuality))
        {
            throw new InvalidOperationException("SkiaSharp failed to encode the photo as JPEG.");
        }

        return stream.ToArray();
    }

    // The matrix taking the page's corners to Corners in the photo: x' = (ax + by + c) / (gx + hy + 1) ...
    private SKMatrix PerspectiveOf(int pageWidth, int pageHeight, int width, int height)
    {
        var to = Corners.Select(c => ((double)c.X * width, (double)c.Y * height)).ToList();
        var h = Homography.Mapping([(0, 0), (pageWidth, 0), (pageWidth, pageHeight), (0, pageHeight)], to).Coefficients;
        return new SKMatrix((float)h[0], (float)h[1], (float)h[2], (float)h[3], (float)h[4], (float)h[5], (float)h[6], (float)h[7], 1);
    }
}
