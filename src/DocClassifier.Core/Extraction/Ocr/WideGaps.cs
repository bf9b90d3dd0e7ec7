using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Cuts a line Tesseract laid out across a wide white gap into its parts either side. Its line finder joins Chinese
/// lines across a column gutter of one or two characters (there are no word spaces to tell it apart), so two columns
/// come back as single lines, half from each; cut at the gutter, the parts are put in order by <see cref="ReadingOrder"/>.
/// A label and its value far apart on one row are cut too, and joined again as one row. A line whose box noise stretched
/// far past its words is cut back to them.
/// </summary>
internal static partial class WideGaps
{
    // A gap this many times the words' height is no space between words (a full-width comma's white is less than one).
    private const double MinGap = 1.2;

    // A gap of this many times the words' height before a list item's number (四、, (2)) is a gutter a character wide: the other
    // column's item starts there (a comma's or an enumeration comma's white in a line is narrower).
    private const double MinItemGap = 0.9;

    // A word this small both ways (a speck read as a quote mark) closes no gap; nor does a quote mark or a bar of any size (a
    // speck in a gutter read as `”` joined an item's number, `承辦人賴淑” 三、`, to the other column's line).
    private const double Speck = 0.6;

    /// <summary>
    /// The line's parts, each with the box of its words and its stretch of the line's text; the line itself when it has no
    /// wide gap (its box cut back to its words when they end a wide white inside it). <paramref name="words"/> are the
    /// line's words in Tesseract's order, as they stand in its text. A stop or comma over no ink (<paramref name="inked"/> says
    /// where the page has some) closes no gap: Tesseract made up a `。` in the gutter between a left column's line and the right
    /// column's.
    /// </summary>
    public static List<(PixelRect Box, string Text)> Split(
        PixelRect line, string text, IReadOnlyList<(PixelRect Box, string Text)> words, Func<PixelRect, bool>? inked = null)
    {
        List<(PixelRect, string)> whole = [(line, text)];
        // Latin lines are left alone: Tesseract parts Latin columns at their word spaces itself, and a receipt's line cut
        // into short parts had them read again one by one (SROIE 1-20: CER +0.4 points).
        var kept = words.Where(w => w.Text.Trim().Length > 0).ToList();
        if (kept.Count < 2 || !text.Any(HanCharacters.Is))
        {
            return whole;
        }

        // Where each word starts in the line's text, so that each part keeps the text (and spacing) Tesseract gave it.
        var starts = new int[kept.Count];
        var cursor = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var at = text.IndexOf(kept[i].Text.Trim(), cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                return whole;
            }

            starts[i] = at;
            cursor = at + kept[i].Text.Trim().Length;
        }

        var height = kept.Select(w => w.Box.Height).Order().ElementAt(kept.Count / 2);
        bool Real((PixelRect Box, string Text) word) =>
            (word.Box.Width >= Speck * height || word.Box.Height >= Speck * height) && !word.Text.Trim().All(IsQuoteOrBar)
            && !(inked is not null && word.Text.Trim().All(IsStopOrComma) && !inked(word.Box));
        var parts = new List<(PixelRect, string)>();
        var (first, last, right) = (0, -1, int.MinValue);
        for (var i = 0; i < kept.Count; i++)
        {
            if (!Real(kept[i]))
            {
                continue;
            }

            var gap = kept[i].Box.X - right;
            if (last >= 0 && (gap >= MinGap * height || (gap >= MinItemGap * height && StartsItem(text[starts[i]..]))))
            {
                // Cut after the part's last real word: a speck in the gutter goes with the part it follows.
                parts.Add(Part(line, text, kept, starts, first, i - 1, Real));
                first = i;
                right = int.MinValue;
            }

            last = i;
            right = Math.Max(right, kept[i].Box.X + kept[i].Box.Width);
        }

        if (parts.Count == 0)
        {
            if (last < 0)
            {
                return whole;
            }

            // A line's box reaching a wide white past its words (noise read as nothing, out in the gutter or over the other
            // column) is cut back to the words.
            var span = WordsBox(line, kept.Where(Real).Select(w => w.Box));
            return span.X - line.X < MinGap * height && line.X + line.Width - (span.X + span.Width) < MinGap * height ? whole : [(span, text)];
        }

        parts.Add(Part(line, text, kept, starts, first, kept.Count - 1, Real));
        return parts;
    }

    // The rest of the line starts with a list number (二、) or a bracketed one ((2)), after any rule or speck read as a bracket or bar.
    private static bool StartsItem(string rest)
    {
        var item = string.Concat(rest.SkipWhile(c => c is '[' or ']' || IsQuoteOrBar(c)));
        return ListNumbers.StartsWithNumber(item) || BracketedNumber().IsMatch(item);
    }

    [GeneratedRegex(@"^[(（]\d{1,2}[)）]")]
    private static partial Regex BracketedNumber();

    private static bool IsStopOrComma(char c) => c is '。' or '，' or '、' or '.' or ',' or '：' or ':' or '；' or ';';

    private static bool IsQuoteOrBar(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '|';

    private static (PixelRect, string) Part(
        PixelRect line, string text, List<(PixelRect Box, string Text)> words, int[] starts, int first, int last, Func<(PixelRect Box, string Text), bool> real)
    {
        var end = last + 1 < words.Count ? starts[last + 1] : text.Length;
        return (WordsBox(line, words.Skip(first).Take(last - first + 1).Where(real).Select(w => w.Box)), text[starts[first]..end].Trim());
    }

    // The line's band from its first word's left to its last's right.
    private static PixelRect WordsBox(PixelRect line, IEnumerable<PixelRect> words)
    {
        var boxes = words.ToList();
        var left = boxes.Min(b => b.X);
        return new PixelRect(left, line.Y, boxes.Max(b => b.X + b.Width) - left, line.Height);
    }
}
