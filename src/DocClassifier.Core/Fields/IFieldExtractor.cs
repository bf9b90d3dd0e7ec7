namespace DocClassifier.Fields;

/// <summary>Finds one kind of field in a document's pages. Stateless and thread-safe.</summary>
public interface IFieldExtractor
{
    string Name { get; }

    IReadOnlyList<ExtractedField> Extract(IReadOnlyList<string> pages);
}
