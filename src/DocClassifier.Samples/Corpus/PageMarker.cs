using SkiaSharp;

namespace DocClassifier.Samples.Corpus;

// What a page collects between the taxpayer's desk and the scanner: the bureau's received stamp
// (收文章), a personal seal beside the signature and pen strokes. Drawn on the clean render
// before ScanDegrader, so red ink ends up as the mid grey it becomes on a grey scan. None of
// it is in the ground truth: to a classifier it is noise, as it is in a real inbox.
internal static class PageMarker
{
    private const float PointsPerInch = 72f;

    public static void Mark(SKBitmap bitmap, int dpi, PageContent content, SampleDocument document, int pageIndex, Random random)
    {
        using var canvas = new SKCanvas(bitmap);
        var main = pageIndex == document.MainPage;
        var contentBottom = PageRenderer.MarginInches + (PageBuilder.Height(content.Blocks) / PointsPerInch);

        if (random.NextDouble() < (main ? 0.6 : 0.12))
        {
            var received = document.Date.AddDays(random.Next(1, 7));
            StampPainter.ReceivedStamp(canvas, dpi, random, document.Bureau, received, contentBottom);
        }

        // Agencies sign with their own seal, not the taxpayer's, so letters get none.
        if (main && random.NextDouble() < 0.35 && document.Label != SampleLabels.OfficialLetter)
        {
            StampPainter.Seal(canvas, dpi, random, document.Signer, contentBottom);
        }

        var strokes = random.NextDouble() < (main ? 0.4 : 0.15) ? random.Next(1, 4) : 0;
        for (var i = 0; i < strokes; i++)
        {
            Scribble(canvas, dpi, random, contentBottom);
        }
    }

    // A ballpoint stroke: a signature-like loop, a wavy underline or a tick, with a slight tremor.
    private static void Scribble(SKCanvas canvas, int dpi, Random random, float contentBottomInches)
    {
        using var ink = new SKPaint
        {
            Color = random.Next(3) == 0 ? new SKColor(25, 25, 25, 220) : new SKColor(20, 35, 130, 210),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = dpi * (0.008f + ((float)random.NextDouble() * 0.01f)),
            StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round,
            IsAntialias = true,
        };
        using var path = new SKPathBuilder();
        float In(double inches) => (float)(inches * dpi);
        var kind = random.Next(3);
        if (kind == 0)
        {
            // Signature: loops drifting right, near the bottom of the content.
            var x = 4.2 + (random.NextDouble() * 1.8);
            var y = Math.Clamp(contentBottomInches - 0.4 - (random.NextDouble() * 1.2), 1.5, 10.5);
            path.MoveTo(In(x), In(y));
            for (var s = random.Next(5, 11); s > 0; s--)
            {
                var nx = x + 0.08 + (random.NextDouble() * 0.18);
                var ny = y + ((random.NextDouble() - 0.5) * 0.25);
                path.CubicTo(In(x + (random.NextDouble() * 0.2)), In(y - 0.2 + (random.NextDouble() * 0.1)), In(nx - (random.NextDouble() * 0.2)), In(ny + 0.15), In(nx), In(ny));
                (x, y) = (nx, ny);
            }
        }
        else if (kind == 1)
        {
            // Underline under some line of the text, the way a clerk marks a number.
            var x = 0.9 + (random.NextDouble() * 3.5);
            var y = 1.2 + (random.NextDouble() * Math.Max(0.5, contentBottomInches - 1.5));
            var length = 0.8 + (random.NextDouble() * 2.2);
            path.MoveTo(In(x), In(y));
            for (var t = 0.1; t <= 1.0; t += 0.1)
            {
                path.LineTo(In(x + (t * length)), In(y + ((random.NextDouble() - 0.5) * 0.04)));
            }
        }
        else
        {
            // Tick in the left margin or on a checkbox.
            var x = 0.3 + (random.NextDouble() * 2.5);
            var y = 1.5 + (random.NextDouble() * Math.Max(0.5, contentBottomInches - 2.0));
            path.MoveTo(In(x), In(y));
            path.LineTo(In(x + 0.06), In(y + 0.1));
            path.QuadTo(In(x + 0.12), In(y - 0.05), In(x + 0.25), In(y - 0.18));
        }

        using var stroke = path.Detach();
        canvas.DrawPath(stroke, ink);
    }
}
