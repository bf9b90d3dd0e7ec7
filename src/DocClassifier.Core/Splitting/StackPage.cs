namespace DocClassifier.Splitting;

/// <summary>One page of a stack as the splitter saw it.</summary>
/// <param name="Number">From 1.</param>
/// <param name="Label">The label a separator sheet names, if any.</param>
/// <param name="Confidence">How sure the splitter is of <paramref name="Kind"/>: 1 for a decoded barcode.</param>
public sealed record StackPage(int Number, PageKind Kind, string? Label = null, double Confidence = 1.0);
