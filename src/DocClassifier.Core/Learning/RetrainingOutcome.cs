namespace DocClassifier.Learning;

public enum RetrainingOutcome
{
    /// <summary>Nothing to learn yet (no new reviewed examples, too few held out).</summary>
    Skipped,

    /// <summary>The challenger was not worse and now serves.</summary>
    Promoted,

    /// <summary>The challenger was worse on the held-out examples; it is kept in the registry, not live.</summary>
    Rejected,

    /// <summary>Retraining stopped with an error (unreadable base data, a full disk); the live model is unchanged.</summary>
    Failed,
}
