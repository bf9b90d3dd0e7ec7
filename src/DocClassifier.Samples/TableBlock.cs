namespace DocClassifier.Samples;

// A ruled table as printed on government forms. ColumnWidths are fractions of the text area
// width and should sum to 1. A row with fewer cells than columns lets its last cell span the
// remaining columns (e.g. a long address next to a single label in a 4-column form).
// ShadeLabelColumns gives the even-indexed (label) columns a light grey background.
public sealed record TableBlock(
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<float> ColumnWidths,
    float SizePt = 12f,
    bool ShadeLabelColumns = false,
    float SpaceBeforePt = 0f) : PageBlock
{
    // The typeface of the label (even) columns and of the value (odd) columns, which a hand may
    // have filled in.
    public TypefaceStyle Face { get; init; }

    public TypefaceStyle FillFace { get; init; }
}
