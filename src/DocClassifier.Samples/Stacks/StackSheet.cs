namespace DocClassifier.Samples.Stacks;

/// <summary>One sheet fed through the scanner: a document page, or a separator sheet (with the label it names), or a blank page.</summary>
/// <param name="RotationDegrees">Skew as fed; 180 is upside down.</param>
/// <param name="Bilevel">Scanned in black and white (one bit a pixel in a TIFF).</param>
public sealed record StackSheet(PageContent? Page, bool IsSeparator = false, string? SeparatorLabel = null, float RotationDegrees = 0, bool Bilevel = false)
{
    public static StackSheet Separator(string? label = null, float rotationDegrees = 0, bool bilevel = false) =>
        new(null, true, label, rotationDegrees, bilevel);

    public static StackSheet Blank() => new((PageContent?)null);

    public static StackSheet Of(PageContent page, float rotationDegrees = 0, bool bilevel = false) => new(page, false, null, rotationDegrees, bilevel);
}
