namespace DocClassifier.Classification;

/// <summary>
/// The model's scores for one document, and the threshold and precision target it was shipped with. It
/// decides nothing: whether the document is delivered or reviewed is the routing policy's
/// (<see cref="Routing.IRoutingPolicy"/>), so that the rule exists once for the service and the evaluations.
/// </summary>
/// <param name="Label">The most probable label.</param>
/// <param name="Confidence">How sure the model is of it (0-1): its calibrated probability, or the probability that it is right from the card's learned confidence (<see cref="ConfidenceModel"/>).</param>
/// <param name="Top">The three most probable labels, best first.</param>
/// <param name="Threshold">The confidence the label needs to be delivered without review (the model card's, global or per label); above 1: never.</param>
/// <param name="TargetPrecision">The precision the thresholds were chosen for (the model card's).</param>
/// <param name="ModelVersion">Name and version of the model that scored.</param>
public sealed record ClassificationResult(
    string Label,
    double Confidence,
    IReadOnlyList<LabelScore> Top,
    double Threshold,
    double TargetPrecision,
    string ModelVersion);
