using System.Numerics;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds the horizontal bands of a binary page that hold ink, so that Tesseract lays out only those:
/// its page layout costs as much on blank paper as on text (0.5-0.6 s for a blank 300 dpi page).
/// Scan specks (a few pixels in a row, a few rows high) do not make a band.
/// </summary>
internal static class InkBands
{
    // A row holds ink when it has at least this many black pixels more than the page's blank rows have.
    private const int MinInkPerRow = 3;

    // Within a line of text, rows of ink follow each other with at most this many blank rows between them.
    private const int MaxRowGap = 1;

    // Text lines closer than this (in inches) are one band: a paragraph's line gaps stay inside it.
    private const double MaxGapInches = 0.15;

    // A run of ink rows lower than this (in inches) is a speck or a stray mark, not a line of text.
    private const double MinHeightInches = 0.04;

    // White kept above and below a band, so that Tesseract sees whole glyphs and some paper.
    private const double MarginInches = 0.2;

    public static IReadOnlyList<PixelRect> Find(Pix binary, int resolution)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var (width, height) = (binary.Width, binary.Height);
        var maxGap = (int)(resolution * MaxGapInches);
        var margin = (int)(resolution * MarginInches);
        var bands = new List<(int Top, int Bottom)>();
        foreach (var (lineTop, lineBottom) in Lines(binary, resolution))
        {
            var (top, bottom) = (Math.Max(0, lineTop - margin), Math.Min(height, lineBottom + margin));
            if (bands.Count > 0 && top - bands[^1].Bottom <= maxGap)
            {
                top = bands[^1].Top;
                bands.RemoveAt(bands.Count - 1);
            }

            bands.Add((top, bottom));
        }

        // Never the image's whole width: Tesseract 5.3 misreads a rectangle exactly as wide as the image
        // when it is not as high (it reads noise), so a band leaves out the last column of paper.
        return [.. bands.Select(b => new PixelRect(0, b.Top, width - 1, b.Bottom - b.Top))];
    }

    /// <summary>The runs of rows that hold ink (lines of text, Bottom exclusive), specks left out.</summary>
    public static unsafe List<(int Top, int Bottom)> Lines(Pix binary, int resolution)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var height = binary.Height;
        _ = LeptonicaApi.PixSetPadBits(binary.Pointer, 0);
        var wordsPerLine = LeptonicaApi.PixGetWpl(binary.Pointer);
        var data = LeptonicaApi.PixGetData(binary.Pointer);
        var minHeight = Math.Max(2, (int)(resolution * MinHeightInches));

        var counts = new int[height];
        for (var y = 0; y < height; y++)
        {
            counts[y] = InkIn(new ReadOnlySpan<uint>(data + ((long)y * wordsPerLine), wordsPerLine));
        }

        // Specks fall on blank rows and text rows alike: what a blank row holds on this page (a low
        // percentile: even a page of text is blank between its lines) does not count as ink.
        var noise = counts.Order().ElementAt(height / 5);
        var threshold = MinInkPerRow + (3 * noise);
        var inkRows = Array.ConvertAll(counts, c => c >= threshold);

        // A line of text is ink from row to row; a speck is a run of a few rows, however many there are.
        return [.. Runs(inkRows, MaxRowGap).Where(r => r.Bottom - r.Top >= minHeight)];
    }

    /// <summary>Runs of true entries, bridging gaps of up to maxGap false ones; Bottom is exclusive.</summary>
    public static List<(int Top, int Bottom)> Runs(bool[] rows, int maxGap)
    {
        var runs = new List<(int Top, int Bottom)>();
        var (top, last) = (-1, -1);
        for (var y = 0; y < rows.Length; y++)
        {
            if (!rows[y])
            {
                continue;
            }

            if (top >= 0 && y - last > maxGap + 1)
            {
                runs.Add((top, last + 1));
                top = -1;
            }

            top = top < 0 ? y : top;
            last = y;
        }

        if (top >= 0)
        {
            runs.Add((top, last + 1));
        }

        return runs;
    }

    /// <summary>Which columns of the rows from top to bottom (exclusive) hold ink.</summary>
    public static unsafe bool[] Columns(Pix binary, int top, int bottom)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var width = binary.Width;
        _ = LeptonicaApi.PixSetPadBits(binary.Pointer, 0);
        var wordsPerLine = LeptonicaApi.PixGetWpl(binary.Pointer);
        var data = (uint*)LeptonicaApi.PixGetData(binary.Pointer);
        var columns = new bool[width];
        for (var y = top; y < bottom; y++)
        {
            var row = data + ((long)y * wordsPerLine);
            for (var w = 0; w < wordsPerLine; w++)
            {
                var word = row[w];
                for (var bit = 0; word != 0 && bit < 32; bit++, word <<= 1)
                {
                    if ((word & 0x80000000u) != 0 && (w * 32) + bit < width)
                    {
                        columns[(w * 32) + bit] = true;
                    }
                }
            }
        }

        return columns;
    }

    // The padding bits past the image's right edge were cleared above, so whole words can be counted.
    private static int InkIn(ReadOnlySpan<uint> row)
    {
        var count = 0;
        foreach (var word in row)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }
}
