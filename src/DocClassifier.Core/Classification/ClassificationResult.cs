namespace DocClassifier.Classification;

/// <summary>The model's answer for one document and what to do with it.</summary>
/// <param name="Label">The most probable label.</param>
/// <param name="Confidence">Its probability (0-1).</param>
/// <param name="Top">The three most probable labels, best first.</param>
/// <param name="Threshold">The confidence the label needs to be delivered without review.</param>
/// <param name="Decision">Deliver or review.</param>
/// <param name="Reason">Why it goes to review; null when delivered.</param>
/// <param name="ModelVersion">Name and version of the model that decided.</param>
public sealed record ClassificationResult(
    string Label,
    double Confidence,
    IReadOnlyList<LabelScore> Top,
    double Threshold,
    RoutingDecision Decision,
    string? Reason,
    string ModelVersion);
