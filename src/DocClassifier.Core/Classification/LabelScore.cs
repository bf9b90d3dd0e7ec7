namespace DocClassifier.Classification;

/// <summary>A label with the model's probability for it.</summary>
public sealed record LabelScore(string Label, double Probability);
