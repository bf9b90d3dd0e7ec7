using DocClassifier.SearchablePdf;

namespace DocClassifier.Tests.Support;

/// <summary>A page image's stream data as one array, as the PDF holds it.</summary>
internal static class PageImageBytes
{
    public static byte[] Of(PageImage image) => [.. image.Data.SelectMany(part => part.ToArray())];
}
