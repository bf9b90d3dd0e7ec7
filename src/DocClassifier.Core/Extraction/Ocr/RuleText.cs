namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tells a table rule read as text: a skewed or broken rule on a fax survives the rule removal, and Tesseract
/// reads it as a row of 一, dashes and underscores (<c>一一一 一一一一一一. 一-一一一一</c>) that no form prints.
/// </summary>
internal static class RuleText
{
    private const string Strokes = "一-_—－‐ー=~";
    private const int MinStrokes = 8;
    private const double MinShare = 0.7;

    public static bool Is(string line)
    {
        var strokes = line.Count(c => Strokes.Contains(c, StringComparison.Ordinal));
        return strokes >= MinStrokes && strokes >= MinShare * line.Count(c => !char.IsWhiteSpace(c));
    }
}
