using SkiaSharp;

namespace DocClassifier.Samples.OcrPages;

/// <summary>
/// Draws one A4 page from the top down in one face, and writes down its true text as it goes, in the
/// order a person reads it: lines top to bottom, the items of one row left to right joined by a space,
/// a column whole before the next. Sizes are in points, so a page looks the same at any resolution.
/// Text never runs off the page: a paragraph wraps at the right margin (never inside a number).
/// </summary>
public sealed class OcrPageCanvas
{
    private const float LineSpacing = 1.65f;

    // The lines of a table cell whose text wraps (a land parcel's 段 over its 地號) sit this close, in ems.
    private const float CellLineSpacing = 1.2f;

    private readonly SKCanvas canvas;
    private readonly SKTypeface face;
    private readonly float dpi;
    private readonly List<string> truth = [];

    public OcrPageCanvas(SKCanvas canvas, SKTypeface face, float dpi, float marginInches)
    {
        this.canvas = canvas;
        this.face = face;
        this.dpi = dpi;
        Left = marginInches * dpi;
        Right = (PageRenderer.A4WidthInches - marginInches) * dpi;
        Bottom = (PageRenderer.A4HeightInches - marginInches) * dpi;
        Y = marginInches * dpi;
    }

    public float Left { get; }

    public float Right { get; }

    public float Bottom { get; }

    /// <summary>The top of the next line, in pixels.</summary>
    public float Y { get; set; }

    public string Truth => string.Join('\n', truth);

    public bool Fits(float lines, float sizePt) => Y + (lines * Px(sizePt) * LineSpacing) <= Bottom;

    public void Gap(float points) => Y += Px(points);

    public float LineHeight(float sizePt) => Px(sizePt) * LineSpacing;

    /// <summary>How many characters of this size fill the given fraction of the text width.</summary>
    public float EmsAcross(float fraction, float sizePt) => (Right - Left) * fraction / Px(sizePt);

    /// <summary>One line, left, centred or right-aligned.</summary>
    public void Line(string text, float sizePt, SKTextAlign align = SKTextAlign.Left, float indentEm = 0)
    {
        using var font = Font(sizePt);
        var x = align switch
        {
            SKTextAlign.Center => (Left + Right) / 2,
            SKTextAlign.Right => Right,
            _ => Left + (indentEm * font.Size),
        };
        Draw(text, x, align, font);
        truth.Add(text);
        Y += font.Size * LineSpacing;
    }

    /// <summary>Items on one row, each starting at a fraction of the text width (the last may be right-aligned).</summary>
    public void Row(float sizePt, bool lastRightAligned, params (string Text, float At)[] items)
    {
        using var font = Font(sizePt);
        for (var i = 0; i < items.Length; i++)
        {
            var right = lastRightAligned && i == items.Length - 1;
            Draw(items[i].Text, right ? Right : Left + ((Right - Left) * items[i].At), right ? SKTextAlign.Right : SKTextAlign.Left, font);
        }

        truth.Add(string.Join(' ', items.Select(i => i.Text)));
        Y += font.Size * LineSpacing;
    }

    /// <summary>A title with wide gaps between its characters (契　稅　申　報　書), as forms print them.</summary>
    public void SpacedTitle(string text, float sizePt, float gapEm)
    {
        using var font = Font(sizePt);
        var advance = font.Size * (1 + gapEm);
        var width = (advance * (text.Length - 1)) + font.Size;
        var x = ((Left + Right) / 2) - (width / 2);
        foreach (var character in text)
        {
            Draw(character.ToString(), x, SKTextAlign.Left, font);
            x += advance;
        }

        truth.Add(text);
        Y += font.Size * LineSpacing;
    }

    /// <summary>A paragraph wrapped within [left, right) (fractions of the text width); returns its lines.</summary>
    public IReadOnlyList<string> Paragraph(string text, float sizePt, float fromFraction = 0, float toFraction = 1, float firstIndentEm = 0, float hangEm = 0)
    {
        using var font = Font(sizePt);
        var left = Left + ((Right - Left) * fromFraction);
        var right = Left + ((Right - Left) * toFraction);
        var lines = Wrap(text, font, right - left - (firstIndentEm * font.Size), right - left - (hangEm * font.Size));
        for (var i = 0; i < lines.Count; i++)
        {
            Draw(lines[i], left + ((i == 0 ? firstIndentEm : hangEm) * font.Size), SKTextAlign.Left, font);
            truth.Add(lines[i]);
            Y += font.Size * LineSpacing;
        }

        return lines;
    }

    /// <summary>Two columns of paragraphs side by side; the left column is read whole before the right.</summary>
    /// <param name="gutter">The white between the columns, a fraction of the text width.</param>
    public void Columns(IReadOnlyList<string> left, IReadOnlyList<string> right, float sizePt, float gutter = 0.06f, float hangEm = 0)
    {
        var top = Y;
        foreach (var paragraph in left)
        {
            _ = Paragraph(paragraph, sizePt, 0, 0.5f - (gutter / 2), firstIndentEm: 0, hangEm: hangEm);
        }

        var leftBottom = Y;
        Y = top;
        foreach (var paragraph in right)
        {
            _ = Paragraph(paragraph, sizePt, 0.5f + (gutter / 2), 1f, firstIndentEm: 0, hangEm: hangEm);
        }

        Y = Math.Max(Y, leftBottom);
    }

    /// <summary>A thin vertical rule at a fraction of the text width, from <paramref name="top"/> to <paramref name="bottom"/> (pixels).</summary>
    public void VerticalRule(float atFraction, float top, float bottom)
    {
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, dpi / 150f) };
        var x = Left + ((Right - Left) * atFraction);
        canvas.DrawLine(x, top, x, bottom, stroke);
    }

    /// <summary>A ruled table; each row's cells are read left to right.</summary>
    public void Table(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<float> widths, float sizePt, float rowHeightEm = 2.2f)
    {
        using var font = Font(sizePt);
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, dpi / 150f) };
        var total = widths.Sum();
        foreach (var row in rows)
        {
            // A cell's text may wrap ("\n" between its lines): its lines are stacked tightly, the row only as high as they need.
            var cells = row.Select(c => c.Split('\n')).ToList();
            var lineHeight = font.Size * CellLineSpacing;
            var height = Math.Max(font.Size * rowHeightEm, (lineHeight * cells.Max(c => c.Length)) + (font.Size * 0.3f));
            var x = Left;
            for (var i = 0; i < row.Count; i++)
            {
                var w = i == row.Count - 1 ? Right - x : (Right - Left) * widths[i] / total;
                var cell = new SKRect(x, Y, x + w, Y + height);
                using var cellFont = Font(sizePt);
                FitToWidth(cellFont, cells[i].MaxBy(l => l.Length)!, w - cellFont.Size);
                var top = Y + ((height - (lineHeight * cells[i].Length)) / 2);
                for (var k = 0; k < cells[i].Length; k++)
                {
                    var (lineTop, lineBox) = cells[i].Length == 1 ? (Y, height) : (top + (k * lineHeight), lineHeight);
                    canvas.DrawText(cells[i][k], x + (cellFont.Size * 0.5f), Baseline(cellFont, lineTop, lineBox), SKTextAlign.Left, cellFont, Ink);
                }

                canvas.DrawRect(cell, stroke);
                x += w;
            }

            truth.Add(string.Join(' ', row.Where(c => c.Length > 0).Select(c => c.Replace("\n", string.Empty, StringComparison.Ordinal))));
            Y += height;
        }
    }

    /// <summary>
    /// A red seal, half transparent, over whatever is drawn at (x, y): its characters are not part of the
    /// text (a reader transcribes the page, not the seal).
    /// </summary>
    public void Stamp(float x, float y, float sizeInches, string text, bool round)
    {
        var size = sizeInches * dpi;
        using var paint = new SKPaint { Color = new SKColor(210, 30, 40, 120), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = size / 28 };
        if (round)
        {
            canvas.DrawCircle(x, y, size / 2, paint);
        }
        else
        {
            canvas.DrawRect(x - (size / 2), y - (size / 2), size, size, paint);
        }

        using var font = new SKFont(face, size / (text.Length > 4 ? 3.2f : 2.6f)) { Edging = SKFontEdging.Antialias };
        paint.Style = SKPaintStyle.Fill;
        var half = (text.Length + 1) / 2;
        var lines = text.Length > 2 ? new[] { text[..half], text[half..] } : [text];
        var lineHeight = font.Size * 1.1f;
        var top = y - (lineHeight * lines.Length / 2);
        for (var i = 0; i < lines.Length; i++)
        {
            canvas.DrawText(lines[i], x, Baseline(font, top + (i * lineHeight), lineHeight), SKTextAlign.Center, font, paint);
        }
    }

    private static readonly SKPaint Ink = new() { Color = SKColors.Black, IsAntialias = true };

    private float Px(float points) => points * dpi / 72f;

    private SKFont Font(float sizePt) => new(face, Px(sizePt)) { Edging = SKFontEdging.Antialias, Subpixel = true };

    private void Draw(string text, float x, SKTextAlign align, SKFont font)
    {
        if (Y + (font.Size * LineSpacing) > Bottom + 1)
        {
            throw new InvalidOperationException("The page content does not fit on the page.");
        }

        canvas.DrawText(text, x, Baseline(font, Y, font.Size * LineSpacing), align, font, Ink);
    }

    // Breaks anywhere between CJK characters, never inside a run of Latin letters and digits.
    private static List<string> Wrap(string text, SKFont font, float firstWidth, float width)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var available = lines.Count == 0 ? firstWidth : width;
            var end = start + 1;
            while (end < text.Length && font.MeasureText(text.AsSpan(start, end + 1 - start)) <= available)
            {
                end++;
            }

            if (end < text.Length)
            {
                var back = end;
                while (back > start + 1 && IsWordCharacter(text[back - 1]) && IsWordCharacter(text[back]))
                {
                    back--;
                }

                end = back > start + 1 ? back : end;

                // A line does not start with closing punctuation: it stays at the end of the line before.
                while (end < text.Length && "，。、；：）」』".Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }
            }

            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is ',' or '/' or '-' or '.';

    private static void FitToWidth(SKFont font, string text, float available)
    {
        var width = font.MeasureText(text);
        if (width > available && width > 0)
        {
            font.Size *= available / width * 0.98f;
        }
    }

    private static float Baseline(SKFont font, float top, float height)
    {
        var metrics = font.Metrics;
        return top + ((height - (metrics.Descent - metrics.Ascent)) / 2f) - metrics.Ascent;
    }
}
