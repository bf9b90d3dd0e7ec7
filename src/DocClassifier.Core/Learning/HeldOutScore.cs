namespace DocClassifier.Learning;

/// <summary>How one model did on the held-out reviewed examples.</summary>
/// <param name="MacroF1">Macro-averaged F1 over the labels present.</param>
/// <param name="Accuracy">Share predicted right.</param>
/// <param name="AutomationAtTarget">The largest share of documents that a confidence cut-off could deliver at the target precision.</param>
/// <param name="AutomationRate">The share at or above the model's own per-label thresholds.</param>
/// <param name="AutomatedPrecision">The precision of those.</param>
public sealed record HeldOutScore(double MacroF1, double Accuracy, double AutomationAtTarget, double AutomationRate, double AutomatedPrecision);
