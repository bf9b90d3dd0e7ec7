namespace DocClassifier.Classification;

/// <summary>Thresholds chosen without a fold, applied to it, pooled over folds: the share delivered and how often those were right.</summary>
public sealed record HeldOutThresholds(double Automation, double Precision);
