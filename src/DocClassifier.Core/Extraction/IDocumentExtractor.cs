namespace DocClassifier.Extraction;

/// <summary>Turns a dropped file into text, page by page. Safe to call from several threads at once.</summary>
public interface IDocumentExtractor
{
    /// <exception cref="ExtractionException">The file is bad input; the reason is for a clerk to read.</exception>
    ExtractedDocument Extract(string path, CancellationToken cancellationToken = default);
}
