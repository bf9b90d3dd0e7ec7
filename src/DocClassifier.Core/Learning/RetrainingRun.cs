namespace DocClassifier.Learning;

/// <summary>The latest retraining run, kept in the registry for the models page.</summary>
public sealed record RetrainingRun(DateTimeOffset At, string By, RetrainingOutcome Outcome, string? Version, string Message);
