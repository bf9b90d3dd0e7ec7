using System.Globalization;
using SkiaSharp;

namespace DocClassifier.Samples.Corpus;

// Round or rectangular received stamps (收文章) and square personal seals, in red or grey ink.
internal static class StampPainter
{
    // Clerks stamp where there is room: the blank space under the text when there is some, else
    // the top-right corner, half in the margin; now and then right across the text.
    public static void ReceivedStamp(SKCanvas canvas, int dpi, Random random, string bureau, DateOnly received, float contentBottomInches)
    {
        float In(double inches) => (float)(inches * dpi);
        var roll = random.NextDouble();
        var pageHeight = PageRenderer.A4HeightInches;
        double cx, cy;
        if (roll < 0.5 && pageHeight - contentBottomInches > 1.6)
        {
            cx = 1.2 + (random.NextDouble() * 5.6);
            cy = contentBottomInches + 0.7 + (random.NextDouble() * (pageHeight - contentBottomInches - 1.4));
        }
        else if (roll < 0.88)
        {
            cx = 5.4 + (random.NextDouble() * 1.6);
            cy = 0.35 + (random.NextDouble() * 0.5);
        }
        else
        {
            cx = 1.5 + (random.NextDouble() * 5.0);
            cy = 1.0 + (random.NextDouble() * Math.Max(0.5, contentBottomInches - 1.5));
        }
        using var ink = Ink(random);
        ink.StrokeWidth = In(0.022);
        var date = random.Next(2) == 0
            ? RocDates.Format(received, RocDateStyle.Dot)
            : string.Create(CultureInfo.InvariantCulture, $"{RocDates.RocYear(received)}年{received.Month}月{received.Day}日");

        canvas.Save();
        canvas.RotateDegrees((float)((random.NextDouble() - 0.5) * 24), In(cx), In(cy));
        if (random.Next(2) == 0)
        {
            var r = 0.6 + (random.NextDouble() * 0.15);
            canvas.DrawCircle(In(cx), In(cy), In(r), ink);
            canvas.DrawLine(In(cx - (r * 0.9)), In(cy - (r * 0.25)), In(cx + (r * 0.9)), In(cy - (r * 0.25)), ink);
            canvas.DrawLine(In(cx - (r * 0.9)), In(cy + (r * 0.25)), In(cx + (r * 0.9)), In(cy + (r * 0.25)), ink);
            Text(canvas, bureau, In(cx), In(cy - (r * 0.52)), In(r * 1.5), In(0.12), ink);
            Text(canvas, date, In(cx), In(cy + 0.06), In(r * 1.6), In(0.17), ink);
            Text(canvas, "收文", In(cx), In(cy + (r * 0.62)), In(r), In(0.15), ink);
        }
        else
        {
            var w = 1.8 + (random.NextDouble() * 0.3);
            var h = 0.85 + (random.NextDouble() * 0.15);
            var box = SKRect.Create(In(cx - (w / 2)), In(cy - (h / 2)), In(w), In(h));
            canvas.DrawRect(box, ink);
            box.Inflate(-In(0.04), -In(0.04));
            canvas.DrawRect(box, ink);
            Text(canvas, bureau, In(cx), In(cy - (h * 0.24)), In(w * 0.9), In(0.14), ink);
            Text(canvas, $"收文 {date}", In(cx), In(cy + 0.05), In(w * 0.9), In(0.15), ink);
            Text(canvas, $"第{RocDates.RocYear(received)}{random.Next(0, 10_000_000):0000000}號", In(cx), In(cy + (h * 0.33)), In(w * 0.9), In(0.12), ink);
        }

        canvas.Restore();
    }

    // Square seal: the name and 印 in two columns read right column first, top to bottom.
    public static void Seal(SKCanvas canvas, int dpi, Random random, string name, float contentBottomInches)
    {
        float In(double inches) => (float)(inches * dpi);
        var chars = (name.Length >= 3 ? name[..3] + "印" : name + "之印").ToCharArray();
        var side = 0.55 + (random.NextDouble() * 0.15);
        var x = 5.6 + (random.NextDouble() * 0.9);
        var y = Math.Clamp(contentBottomInches - 0.9 - (random.NextDouble() * 0.6), 1.0, 10.4);
        using var ink = Ink(random, red: true);
        canvas.Save();
        canvas.RotateDegrees((float)((random.NextDouble() - 0.5) * 10), In(x), In(y));
        var box = SKRect.Create(In(x - (side / 2)), In(y - (side / 2)), In(side), In(side));
        ink.StrokeWidth = In(0.035);
        canvas.DrawRect(box, ink);
        var cell = side / 2;
        for (var i = 0; i < 4; i++)
        {
            var column = i < 2 ? 1 : 0;
            var row = i % 2;
            var tx = x - (side / 2) + (cell * (column + 0.5));
            var ty = y - (side / 2) + (cell * (row + 0.5)) + (cell * 0.32);
            Text(canvas, chars[i].ToString(), In(tx), In(ty), In(cell), In(cell * 0.85), ink);
        }

        canvas.Restore();
    }

    private static SKPaint Ink(Random random, bool red = false)
    {
        var color = red || random.NextDouble() < 0.65
            ? new SKColor((byte)random.Next(185, 225), (byte)random.Next(25, 60), (byte)random.Next(35, 70), (byte)random.Next(150, 230))
            : new SKColor(70, 70, 95, (byte)random.Next(140, 210));
        return new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
    }

    private static void Text(SKCanvas canvas, string text, float x, float baseline, float maxWidth, float size, SKPaint ink)
    {
        using var font = new SKFont(CjkFonts.Regular, size) { Embolden = true };
        var width = font.MeasureText(text);
        if (width > maxWidth)
        {
            font.Size *= maxWidth / width;
        }

        var style = ink.Style;
        ink.Style = SKPaintStyle.Fill;
        canvas.DrawText(text, x, baseline, SKTextAlign.Center, font, ink);
        ink.Style = style;
    }
}
