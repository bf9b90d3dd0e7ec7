namespace DocClassifier.Classification;

/// <summary>
/// Which kind of thresholds the model uses: one confidence for every label ("global") or one per label
/// ("per-label"), each judged by choosing it on all folds but one and applying it to that one.
/// </summary>
public sealed record ThresholdChoice(string Kept, HeldOutThresholds Global, HeldOutThresholds PerLabel, string Why);
