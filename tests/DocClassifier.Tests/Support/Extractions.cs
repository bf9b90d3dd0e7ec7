using System.Collections.Concurrent;
using System.Security.Cryptography;
using DocClassifier.Extraction;

namespace DocClassifier.Tests.Support;

/// <summary>One extraction stage with default options for the whole test run: engines load their models once.</summary>
internal static class Extractions
{
    private static readonly Lazy<DocumentExtraction> Shared = new(() => new DocumentExtraction(new ExtractionOptions()));
    private static readonly ConcurrentDictionary<string, Lazy<ExtractedDocument>> ByContent = new(StringComparer.Ordinal);

    public static DocumentExtraction Default => Shared.Value;

    public static ExtractedDocument Extract(string path) => Default.Extractor.Extract(path);

    /// <summary>
    /// What <see cref="Extract"/> gives, read once per distinct content for the whole run (under the file's own name):
    /// for the generated fixtures, which several fixtures OCR as they are. The stage is deterministic (one engine per
    /// thread gives the same text every time), so a second reading would only repeat the first.
    /// </summary>
    public static ExtractedDocument ExtractOnce(string path)
    {
        var content = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        var first = ByContent.GetOrAdd(content, _ => new Lazy<ExtractedDocument>(() => Extract(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return first with { FileName = Path.GetFileName(path) };
    }
}
