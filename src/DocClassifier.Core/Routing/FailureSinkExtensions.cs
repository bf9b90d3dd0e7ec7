using System.Text.Json;
using DocClassifier.Extraction;

namespace DocClassifier.Routing;

public static class FailureSinkExtensions
{
    /// <summary>Records an extraction failure under its code in camelCase (<c>Encrypted</c> → <c>encrypted</c>), as the error schema lists them.</summary>
    public static void Fail(this IFailureSink sink, DocumentInfo document, ExtractionException error)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(error);
        sink.Fail(document, JsonNamingPolicy.CamelCase.ConvertName(error.Code.ToString()), error.Message);
    }
}
