using DocClassifier.Extraction;

namespace DocClassifier.Tests.Support;

/// <summary>One extraction stage with default options for the whole test run: engines load their models once.</summary>
internal static class Extractions
{
    private static readonly Lazy<DocumentExtraction> Shared = new(() => new DocumentExtraction(new ExtractionOptions()));

    public static DocumentExtraction Default => Shared.Value;

    public static ExtractedDocument Extract(string path) => Default.Extractor.Extract(path);
}
