namespace DocClassifier.Samples;

// One line of text. Lines never wrap: a line too wide for the page is shrunk to fit, which keeps
// the ground truth's line breaks identical to what is drawn. Face never changes the text.
public sealed record TextLine(
    string Text,
    float SizePt = 12f,
    bool Bold = false,
    float IndentInches = 0f,
    float SpaceBeforePt = 0f) : PageBlock
{
    public TypefaceStyle Face { get; init; }
}
