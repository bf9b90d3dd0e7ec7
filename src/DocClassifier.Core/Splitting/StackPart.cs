namespace DocClassifier.Splitting;

/// <summary>One document of a stack: pages <see cref="FirstPage"/> to <see cref="LastPage"/> (from 1, inclusive).</summary>
/// <param name="SheetLabel">The label printed on the separator sheet before it, if any: a hint, not a verdict.</param>
/// <param name="Confidence">How sure the boundary before it is (1 for a decoded separator barcode and the stack's start).</param>
public sealed record StackPart(int Number, int FirstPage, int LastPage, BoundaryKind Boundary, string? SheetLabel, double Confidence)
{
    public int PageCount => LastPage - FirstPage + 1;

    /// <summary>The page range as the ledger and the result JSON write it: <c>3-5</c>, or <c>4</c> for one page.</summary>
    public string Pages => FirstPage == LastPage ? $"{FirstPage}" : $"{FirstPage}-{LastPage}";
}
