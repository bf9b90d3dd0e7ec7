namespace DocClassifier.Splitting;

/// <summary>Finds where a scanned stack splits into documents.</summary>
public interface IStackSplitter
{
    /// <exception cref="Extraction.ExtractionException">The file cannot be read.</exception>
    StackSplit Split(string path, CancellationToken cancellationToken = default);
}
