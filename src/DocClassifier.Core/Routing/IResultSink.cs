using DocClassifier.Extraction;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>Where a classified document is delivered for RPA bots to pick up.</summary>
public interface IResultSink
{
    /// <summary>Delivers the document; delivering the same id again replaces the earlier result, never duplicates it.</summary>
    /// <param name="fields">The fields found (as kept in the work record); the decision's corrections apply to them.</param>
    void Deliver(DocumentInfo document, ExtractedDocument extracted, IReadOnlyList<ExtractedField> fields, ResultDecision decision);
}
