namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Places the lines read on a prepared page back on the page as the file holds it. Rescaling keeps a point's share of
/// the width and height, and deskewing turned the page about its centre without changing its size, so turning each
/// line's centre back is all it takes. (A photo flattened by <see cref="PhotoNormalizer"/> is placed by its share only.)
/// </summary>
internal static class LinePlacement
{
    public static IReadOnlyList<OcrLine> OnSource(PreparedPage page, IReadOnlyList<TextPiece> lines)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (width, height) = ((double)page.Image.Width, (double)page.Image.Height);
        if (width <= 0 || height <= 0)
        {
            return [];
        }

        var (cos, sin) = (Math.Cos(page.SkewRadians), Math.Sin(page.SkewRadians));
        var placed = new List<OcrLine>(lines.Count);
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var x = line.Box.X + (line.Box.Width / 2.0) - (width / 2);
            var y = line.Box.Y + (line.Box.Height / 2.0) - (height / 2);
            var (sourceX, sourceY) = ((x * cos) + (y * sin) + (width / 2), (-x * sin) + (y * cos) + (height / 2));
            var left = Math.Clamp((sourceX - (line.Box.Width / 2.0)) / width, 0, 1);
            var top = Math.Clamp((sourceY - (line.Box.Height / 2.0)) / height, 0, 1);
            placed.Add(new OcrLine(
                text,
                Math.Round(left, 5),
                Math.Round(top, 5),
                Math.Round(Math.Min(1 - left, line.Box.Width / width), 5),
                Math.Round(Math.Min(1 - top, line.Box.Height / height), 5)));
        }

        return placed;
    }
}
