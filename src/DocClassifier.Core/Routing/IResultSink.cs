using DocClassifier.Extraction;

namespace DocClassifier.Routing;

/// <summary>Where a classified document is delivered for RPA bots to pick up.</summary>
public interface IResultSink
{
    /// <summary>Delivers the document; delivering the same id again replaces the earlier result, never duplicates it.</summary>
    void Deliver(DocumentInfo document, ExtractedDocument extracted, ResultDecision decision);
}
