using System.Text.Json.Serialization;

namespace DocClassifier.Extraction;

/// <summary>The text of one file, page by page.</summary>
public sealed record ExtractedDocument(string FileName, DocumentFormat Format, IReadOnlyList<ExtractedPage> Pages)
{
    /// <summary>Things worth telling a clerk that did not stop extraction (e.g. a PNG named .jpg).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Normalised text of all pages, pages separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Pages.Select(p => p.Text));

    /// <summary>Normalised text of each page, in page order: what the field extractors read.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> PageTexts => [.. Pages.Select(p => p.Text)];

    /// <summary>Raw text of all pages, pages separated by a form feed.</summary>
    public string RawText => string.Join("\f", Pages.Select(p => p.RawText));
}
