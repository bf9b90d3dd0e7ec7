namespace DocClassifier.Splitting;

/// <summary>What a page of a stack is to the splitter.</summary>
public enum PageKind
{
    Content,
    SeparatorSheet,
    BlankPage,

    /// <summary>A Kodak patch T sheet (<see cref="SplittingOptions.PatchCodes"/>).</summary>
    PatchSheet,
}
