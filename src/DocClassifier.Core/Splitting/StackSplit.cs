namespace DocClassifier.Splitting;

/// <summary>
/// Where a stack splits: its parts and the pages dropped (separator sheets, blank pages). Every page of the stack is in
/// exactly one part or dropped; the constructor refuses anything else.
/// </summary>
public sealed record StackSplit
{
    public StackSplit(int pageCount, IReadOnlyList<StackPart> parts, IReadOnlyList<StackPage> dropped)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(dropped);
        var seen = new int[pageCount + 1];
        foreach (var page in parts.SelectMany(p => Enumerable.Range(p.FirstPage, Math.Max(0, p.PageCount))).Concat(dropped.Select(d => d.Number)))
        {
            if (page < 1 || page > pageCount || ++seen[page] > 1)
            {
                throw new ArgumentException($"Page {page} of {pageCount} is outside the stack or in two places.", nameof(parts));
            }
        }

        if (seen.Skip(1).Any(s => s == 0) || parts.Any(p => p.PageCount < 1))
        {
            throw new ArgumentException("A page of the stack is in no part, or a part has no pages.", nameof(parts));
        }

        (PageCount, Parts, Dropped) = (pageCount, parts, dropped);
    }

    public int PageCount { get; }

    public IReadOnlyList<StackPart> Parts { get; }

    /// <summary>The separator sheets and blank pages, which go to no part.</summary>
    public IReadOnlyList<StackPage> Dropped { get; }

    /// <summary>True when the stack is to be split (it held separators, or the page model found documents); false: it stays one document as it came.</summary>
    public bool IsSplit => Dropped.Count > 0 || Parts.Count > 1;

    /// <summary>The page model's probability for each page from the second that it begins a document; empty when the model did not look.</summary>
    public IReadOnlyList<PageBoundary> Boundaries { get; init; } = [];

    /// <summary>The pages whose probability fell between the page model's confident cut-offs: the stack was left whole because of them.</summary>
    public IReadOnlyList<PageBoundary> Uncertain { get; init; } = [];

    /// <summary>Splits at the separator pages: each run of content pages between them is a part.</summary>
    public static StackSplit From(IReadOnlyList<StackPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var parts = new List<StackPart>();
        StackPage? separator = null;
        var first = 0;
        for (var i = 0; i <= pages.Count; i++)
        {
            var page = i < pages.Count ? pages[i] : null;
            if (page is { Kind: PageKind.Content })
            {
                first = first == 0 ? page.Number : first;
                continue;
            }

            if (first != 0)
            {
                var boundary = separator?.Kind switch
                {
                    PageKind.SeparatorSheet => BoundaryKind.SeparatorSheet,
                    PageKind.BlankPage => BoundaryKind.BlankPage,
                    PageKind.PatchSheet => BoundaryKind.PatchSheet,
                    _ => BoundaryKind.StackStart,
                };
                parts.Add(new StackPart(parts.Count + 1, first, pages[i - 1].Number, boundary, separator?.Label, separator?.Confidence ?? 1.0));
                first = 0;
            }

            // A blank page right after a separator sheet is the sheet's back (a duplex scan): the sheet still counts.
            separator = page is { Kind: PageKind.BlankPage } && i > 0 && pages[i - 1].Kind is PageKind.SeparatorSheet or PageKind.PatchSheet ? separator : page;
        }

        return new StackSplit(pages.Count, parts, [.. pages.Where(p => p.Kind != PageKind.Content)]);
    }
}
