namespace DocClassifier.Classification;

/// <summary>Where a model's training data came from: a fingerprint of every (content, label) pair, and counts.</summary>
public sealed record TrainingDataSummary(string Fingerprint, int Documents, IReadOnlyDictionary<string, int> DocumentsPerLabel, string Source);
