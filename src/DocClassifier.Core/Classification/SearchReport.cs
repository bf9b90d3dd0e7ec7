namespace DocClassifier.Classification;

/// <summary>The cross-validated search of a training run: every candidate tried, in order, and how long it took.</summary>
/// <param name="Folds">Stratified folds every candidate was judged on (the same folds for all).</param>
/// <param name="Seconds">Wall time of the search.</param>
/// <param name="Steps">Each candidate with its out-of-fold macro-F1, and whether it was kept at its stage.</param>
/// <param name="Skipped">Candidates not tried because the time budget ran out (empty when none).</param>
public sealed record SearchReport(int Folds, double Seconds, IReadOnlyList<SearchStep> Steps, IReadOnlyList<string> Skipped);
