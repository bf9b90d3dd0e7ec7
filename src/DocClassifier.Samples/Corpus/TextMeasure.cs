namespace DocClassifier.Samples.Corpus;

// Widths in em without a font: CJK characters and full-width punctuation are one em, Latin
// letters and digits about half. Good enough to wrap lines before PagePainter shrinks them.
internal static class TextMeasure
{
    public static float Em(ReadOnlySpan<char> text)
    {
        var width = 0f;
        foreach (var c in text)
        {
            width += Em(c);
        }

        return width;
    }

    public static float Em(char c) => c switch
    {
        ' ' => 0.3f,
        < '\u2E80' => 0.58f,
        _ => 1f,
    };

    // Characters that may not start a line (kinsoku): they stay with the line before.
    public static bool IsClosing(char c) => "，。、；：！？）」』】〉》%".Contains(c, StringComparison.Ordinal);

    // Splits text into lines no wider than maxEm, never splitting a run of Latin letters or digits
    // (an ID, an amount, a parcel number) and never starting a line with closing punctuation.
    public static IReadOnlyList<string> Wrap(string text, float maxEm, float firstLineMaxEm)
    {
        var tokens = Tokens(text);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var width = 0f;
        foreach (var token in tokens)
        {
            var tokenWidth = Em(token);
            var limit = lines.Count == 0 ? firstLineMaxEm : maxEm;
            if (line.Length > 0 && width + tokenWidth > limit && !IsClosing(token[0]))
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                width = 0;
                if (token == " ")
                {
                    continue;
                }
            }

            line.Append(token);
            width += tokenWidth;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || ",.-/$:".Contains(text[i], StringComparison.Ordinal)))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }
}
