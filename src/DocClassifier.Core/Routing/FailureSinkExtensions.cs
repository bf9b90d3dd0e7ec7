using DocClassifier.Extraction;

namespace DocClassifier.Routing;

public static class FailureSinkExtensions
{
    /// <summary>Records an extraction failure under its code as <see cref="FailureCodes"/> spells it.</summary>
    public static void Fail(this IFailureSink sink, DocumentInfo document, ExtractionException error)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(error);
        sink.Fail(document, FailureCodes.Of(error.Code), error.Message);
    }
}
