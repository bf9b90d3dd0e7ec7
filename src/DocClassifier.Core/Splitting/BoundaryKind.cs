namespace DocClassifier.Splitting;

/// <summary>How the start of a part was found.</summary>
public enum BoundaryKind
{
    /// <summary>The stack's first page (or the first after leading separators).</summary>
    StackStart,

    /// <summary>The page after a separator sheet's barcode.</summary>
    SeparatorSheet,

    /// <summary>The page after a blank page (<see cref="SplittingOptions.BlankPages"/>).</summary>
    BlankPage,

    /// <summary>The page-level boundary model (<see cref="PageBoundarySplitter"/>) found a first page of a document; its confidence is the model's probability.</summary>
    PageModel,

    /// <summary>A reviewer said a document begins here (the stack's review, when the page model was unsure).</summary>
    Reviewer,

    /// <summary>The page after a patch T sheet (<see cref="SplittingOptions.PatchCodes"/>).</summary>
    PatchSheet,
}
