using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Splitting;

/// <summary>
/// Finds a Kodak patch code on a grey page. Each column of the page is read from top to bottom and searched for four dark
/// runs with three light runs between them, light paper on both sides, whose widths are narrow or wide in the patch
/// ratio (a narrow element 0.08 in, a wide bar 2.5 narrow, the whole 0.80 in, allowing 75-125 % for a sheet printed
/// to fit). A column is a cut across horizontal bars, so skew of a few degrees only moves where it crosses them. A code is
/// the same pattern found in neighbouring columns over at least 1.5 in of the page's width, as long bars give and text
/// or a form's rules do not. Bars are read from the sheet's leading edge, the page edge nearer to them (scanners read
/// a patch within 3.75 in of it): a sheet fed upside down has its bars near the bottom of the image, read upwards.
/// </summary>
internal static class PatchCodeReader
{
    /// <summary>Bars as read from the leading edge, W wide and N narrow.</summary>
    private static readonly Dictionary<string, PatchCode> Patterns = new(StringComparer.Ordinal)
    {
        ["WWNN"] = PatchCode.Patch1,
        ["WNNW"] = PatchCode.Patch2,
        ["WNWN"] = PatchCode.Patch3,
        ["NWWN"] = PatchCode.Patch4,
        ["NNWW"] = PatchCode.Patch6,
        ["NWNW"] = PatchCode.PatchT,
    };

    private const double UnitsWide = 2.5;
    private const double UnitsWhole = 10;
    private const double MinimumBarLengthInches = 1.5;

    /// <summary>The bars of <paramref name="code"/> from the leading edge, W wide and N narrow.</summary>
    public static string Pattern(PatchCode code) => Patterns.Single(p => p.Value == code).Key;

    /// <summary>The patch codes on the page (patch T first when there is one), or none.</summary>
    public static IReadOnlyList<PatchCode> Read(GreyRaster grey, double pixelsPerInch)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var threshold = Math.Clamp(grey.Percentile(0.5) / 2, 64, 160);
        var step = Math.Max(1, (int)Math.Round(pixelsPerInch / 25));
        var chains = new List<List<PatchColumn>>();
        var column = new bool[grey.Height];
        for (var x = 0; x < grey.Width; x += step)
        {
            Dark(grey, x, threshold, column);
            foreach (var hit in Hits(column, x, pixelsPerInch))
            {
                Attach(chains, hit, step);
            }
        }

        var codes = new List<PatchCode>();
        foreach (var chain in chains.Where(c => c[^1].X - c[0].X >= MinimumBarLengthInches * pixelsPerInch))
        {
            // The leading edge is the one nearer the bars: read from the bottom, the pattern is reversed.
            var middle = chain.Average(h => (h.Top + h.Bottom) / 2.0);
            var pattern = middle <= grey.Height / 2.0 ? chain[0].Pattern : new string([.. chain[0].Pattern.Reverse()]);
            if (Patterns.TryGetValue(pattern, out var code) && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return [.. codes.OrderBy(c => c == PatchCode.PatchT ? 0 : 1)];
    }

    /// <summary>One column, dark or light, a pixel's value replaced by the majority of it and its two neighbours (a speck of noise is not a run).</summary>
    private static void Dark(GreyRaster grey, int x, int threshold, bool[] column)
    {
        for (var y = 0; y < grey.Height; y++)
        {
            var votes = 0;
            for (var dy = -1; dy <= 1; dy++)
            {
                var at = Math.Clamp(y + dy, 0, grey.Height - 1);
                votes += grey[x, at] < threshold ? 1 : 0;
            }

            column[y] = votes >= 2;
        }
    }

    /// <summary>Where the column crosses four bars in a patch pattern.</summary>
    private static IEnumerable<PatchColumn> Hits(bool[] column, int x, double pixelsPerInch)
    {
        var runs = new List<(int Start, int Length, bool Dark)>();
        for (var y = 0; y < column.Length;)
        {
            var end = y;
            while (end < column.Length && column[end] == column[y])
            {
                end++;
            }

            runs.Add((y, end - y, column[y]));
            y = end;
        }

        for (var i = 1; i + 7 < runs.Count; i++)
        {
            if (!runs[i].Dark)
            {
                continue;
            }

            var whole = runs[i + 6].Start + runs[i + 6].Length - runs[i].Start;
            if (whole < 0.6 * pixelsPerInch || whole > 1.0 * pixelsPerInch)
            {
                continue;
            }

            var unit = whole / UnitsWhole;
            if (runs[i - 1].Length < 0.8 * unit || runs[i + 7].Length < 0.8 * unit)
            {
                continue; // no quiet paper before or after: part of something larger
            }

            var pattern = new char[4];
            var fits = true;
            for (var k = 0; k < 7 && fits; k++)
            {
                var units = runs[i + k].Length / unit;
                var narrow = units is >= 0.5 and <= 1.6;
                var wide = units is >= UnitsWide - 0.6 and <= UnitsWide + 0.9;
                fits = k % 2 == 0 ? narrow || wide : narrow;
                if (k % 2 == 0)
                {
                    pattern[k / 2] = wide ? 'W' : 'N';
                }
            }

            if (fits && pattern.Count(c => c == 'W') == 2)
            {
                yield return new PatchColumn(x, runs[i].Start, runs[i].Start + whole, new string(pattern));
            }
        }
    }

    /// <summary>Adds a column's hit to the chain of the same pattern it continues (near in x, at nearly the same height), or starts one.</summary>
    private static void Attach(List<List<PatchColumn>> chains, PatchColumn hit, int step)
    {
        foreach (var chain in chains)
        {
            var last = chain[^1];
            var gap = hit.X - last.X;
            if (last.Pattern == hit.Pattern && gap > 0 && gap <= 4 * step && Math.Abs(hit.Top - last.Top) <= 3 + (0.1 * gap) && Math.Abs(hit.Bottom - last.Bottom) <= 3 + (0.1 * gap))
            {
                chain.Add(hit);
                return;
            }
        }

        if (chains.Count < 10_000)
        {
            chains.Add([hit]);
        }
    }
}
