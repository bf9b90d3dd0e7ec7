namespace DocClassifier.Splitting;

/// <summary>The page model's probability that page <paramref name="Page"/> (from 2) begins a new document of the stack.</summary>
public sealed record PageBoundary(int Page, double Probability);
