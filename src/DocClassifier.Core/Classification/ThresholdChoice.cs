namespace DocClassifier.Classification;

/// <summary>
/// Which kind of thresholds the model uses: one confidence for every label ("global"), one per label
/// ("per-label") or one on the learned confidence ("learned", <see cref="ModelCard.Confidence"/>), and the precision
/// they were chosen for (the target or stricter): each setting judged by choosing it on all folds but one and
/// applying it to that one. <paramref name="Global"/>, <paramref name="PerLabel"/> and <see cref="Learned"/> are each
/// kind's best setting on held-out folds.
/// </summary>
public sealed record ThresholdChoice(string Kept, double ChosenForPrecision, HeldOutThresholds Global, HeldOutThresholds PerLabel, string Why)
{
    /// <summary>The learned confidence's best setting on held-out folds (null on cards from before it was tried).</summary>
    public HeldOutThresholds? Learned { get; init; }
}
