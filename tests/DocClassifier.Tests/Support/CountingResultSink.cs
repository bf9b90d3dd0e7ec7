using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;

namespace DocClassifier.Tests.Support;

/// <summary>A result sink that counts the deliveries it passes on.</summary>
internal sealed class CountingResultSink(IResultSink inner) : IResultSink
{
    private int count;

    public int Count => count;

    public void Deliver(DocumentInfo document, ExtractedDocument extracted, IReadOnlyList<ExtractedField> fields, ResultDecision decision)
    {
        Interlocked.Increment(ref count);
        inner.Deliver(document, extracted, fields, decision);
    }
}
