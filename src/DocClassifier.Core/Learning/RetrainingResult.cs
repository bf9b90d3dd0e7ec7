namespace DocClassifier.Learning;

/// <summary>What a retraining run did: the challenger's version (unless skipped), the comparison, and a sentence for people.</summary>
public sealed record RetrainingResult(RetrainingOutcome Outcome, string? Version, ChallengerComparison? Comparison, string Message);
