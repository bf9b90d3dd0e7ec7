namespace DocClassifier.Classification;

/// <summary>Predictions whose confidence fell in [From, To): how many, their mean confidence, and how many were right.</summary>
public sealed record CalibrationBin(double From, double To, int Count, double MeanConfidence, double Accuracy);
