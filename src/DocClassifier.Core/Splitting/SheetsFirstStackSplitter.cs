namespace DocClassifier.Splitting;

/// <summary>
/// Separator sheets first; a stack that has none is handed to the page model. A sheet is a clerk's explicit mark, so
/// where there are sheets the model is not asked.
/// </summary>
public sealed class SheetsFirstStackSplitter(IStackSplitter sheets, IStackSplitter pages) : IStackSplitter
{
    public StackSplit Split(string path, CancellationToken cancellationToken = default)
    {
        var split = sheets.Split(path, cancellationToken);
        return split.IsSplit || split.PageCount < 2 ? split : pages.Split(path, cancellationToken);
    }
}
