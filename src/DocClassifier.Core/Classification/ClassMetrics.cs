namespace DocClassifier.Classification;

/// <summary>Precision, recall and F1 of one label, with how many true documents it had.</summary>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);
