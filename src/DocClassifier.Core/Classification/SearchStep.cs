namespace DocClassifier.Classification;

/// <summary>One candidate of the search: the stage (features, regularisation, trainer), what was tried, its out-of-fold macro-F1, and why it was or was not kept.</summary>
public sealed record SearchStep(string Stage, string Candidate, double MacroF1, bool Kept, string Why);
