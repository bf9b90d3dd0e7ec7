namespace DocClassifier.Classification;

/// <summary>
/// Which kind of thresholds the model uses: one confidence for every label ("global") or one per label
/// ("per-label"), and the precision they were chosen for (the target or stricter): each setting judged by
/// choosing it on all folds but one and applying it to that one. <paramref name="Global"/> and
/// <paramref name="PerLabel"/> are each kind's best setting on held-out folds.
/// </summary>
public sealed record ThresholdChoice(string Kept, double ChosenForPrecision, HeldOutThresholds Global, HeldOutThresholds PerLabel, string Why);
