namespace DocClassifier.Fields;

/// <summary>An extractor that reads each page on its own: this walks the pages, the extractor reads one.</summary>
public abstract class PageFieldExtractor : IFieldExtractor
{
    public abstract string Name { get; }

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var fields = new List<ExtractedField>();
        for (var page = 0; page < pages.Count; page++)
        {
            fields.AddRange(ExtractPage(pages[page], page + 1));
        }

        return fields;
    }

    /// <param name="text">The page's text.</param>
    /// <param name="page">Its 1-based number.</param>
    protected abstract IEnumerable<ExtractedField> ExtractPage(string text, int page);
}
