namespace DocClassifier.Classification;

/// <summary>A labelled document with the model's probabilities (label slot order as in the model).</summary>
public sealed record ScoredDocument(string TrueLabel, string PredictedLabel, double Confidence);
