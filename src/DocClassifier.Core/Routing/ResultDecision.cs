using DocClassifier.Classification;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>The label a document is delivered under, and who chose it.</summary>
/// <param name="Label">The label; it names the result folder, so it must be a slug ([a-z0-9-]+).</param>
/// <param name="Confidence">The model's probability for the label; null when a reviewer decided.</param>
/// <param name="Top">The model's most probable labels, best first (at most three are written).</param>
/// <param name="DecidedBy"><c>model:NAME@VERSION</c> or <c>reviewer:NAME</c>.</param>
/// <param name="DecidedAt">When the decision was made.</param>
public sealed record ResultDecision(
    string Label,
    double? Confidence,
    IReadOnlyList<LabelScore> Top,
    string DecidedBy,
    DateTimeOffset DecidedAt)
{
    public const string ModelPrefix = "model:";
    public const string ReviewerPrefix = "reviewer:";

    /// <summary>A reviewer's corrections to the fields found (already checked); none for the model.</summary>
    public IReadOnlyList<FieldCorrection> FieldCorrections { get; init; } = [];

    public static ResultDecision ByModel(ClassificationResult result, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Label, result.Confidence, result.Top, ModelPrefix + result.ModelVersion, decidedAt);
    }

    /// <param name="top">The model's scores, kept so that a bot can see what the reviewer overruled.</param>
    public static ResultDecision ByReviewer(string reviewer, string label, IReadOnlyList<LabelScore> top, DateTimeOffset decidedAt) =>
        new(label, null, top, ReviewerPrefix + reviewer, decidedAt);
}
