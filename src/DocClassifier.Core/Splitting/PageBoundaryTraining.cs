using DocClassifier.Classification;

namespace DocClassifier.Splitting;

/// <summary>
/// Training rows for the page model from labelled documents, each given page by page: the documents are shuffled into
/// stacks of 2-10, as clerks scan them, so that every page but a stack's first is an example, a first page (a boundary)
/// or a continuation (the second and later pages of a document: a form behind its cover sheet, an attachment behind
/// its form). Deterministic for the same documents and seed.
/// </summary>
public static class PageBoundaryTraining
{
    public static IReadOnlyList<PageBoundaryInput> Rows(IReadOnlyList<IReadOnlyList<string>> documents, IDocumentClassifier classifier, int seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(classifier);
        var random = new Random(seed);
        var order = documents.Where(d => d.Count > 0).OrderBy(_ => random.Next()).ToList();
        var rows = new List<PageBoundaryInput>();
        for (var start = 0; start < order.Count;)
        {
            var stack = order.Skip(start).Take(random.Next(2, 11)).ToList();
            start += stack.Count;
            var pages = stack.SelectMany(d => d).ToList();
            var firsts = new HashSet<int>();
            var page = 0;
            foreach (var document in stack)
            {
                firsts.Add(page);
                page += document.Count;
            }

            var stackRows = PageBoundarySignals.Of(pages, [.. pages.Select(classifier.Classify)]);
            for (var i = 0; i < stackRows.Count; i++)
            {
                stackRows[i].Label = firsts.Contains(i + 1);
                rows.Add(stackRows[i]);
            }
        }

        return rows;
    }
}
