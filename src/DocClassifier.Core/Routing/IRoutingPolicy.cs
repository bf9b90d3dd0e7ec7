using DocClassifier.Classification;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>
/// The one place that decides whether a scored document is delivered without review or goes to a
/// reviewer, and why. The service, <c>classify</c> and the evaluations all ask it, so they agree.
/// Stateless and thread-safe.
/// </summary>
public interface IRoutingPolicy
{
    /// <param name="scores">The classifier's scores, with the threshold and target its model was shipped with.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="fields">The fields found in the text (<see cref="FieldExtractors.ExtractAll"/>).</param>
    RoutingVerdict Decide(ClassificationResult scores, string text, IReadOnlyList<ExtractedField> fields);
}
