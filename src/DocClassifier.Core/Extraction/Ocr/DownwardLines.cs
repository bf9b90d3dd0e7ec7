namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Whether a page was read down the page: most of its text (lines of two characters or more) in lines taller than wide. A
/// page scanned a quarter turn clockwise is read so, as columns of vertical writing; on the 90 held-out Chinese pages and a
/// quarter of outside sets A-C, upright, at most a fifth of the text was (a column of list numbers, a vertical label).
/// </summary>
internal static class DownwardLines
{
    private const double MinShare = 0.5;

    public static bool ReadDown(IReadOnlyList<TextPiece> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (all, down) = (0, 0);
        foreach (var line in lines)
        {
            var length = line.Text.Trim().Length;
            if (length < 2)
            {
                continue;
            }

            all += length;
            down += line.Box.Height > line.Box.Width ? length : 0;
        }

        return all > 0 && down >= all * MinShare;
    }
}
