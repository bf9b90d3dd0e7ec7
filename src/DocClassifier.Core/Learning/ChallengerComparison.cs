namespace DocClassifier.Learning;

/// <summary>The champion (the live model) and a challenger, measured on the same held-out reviewed examples, and what was decided.</summary>
public sealed record ChallengerComparison(
    string Champion,
    int ReviewedExamplesTrained,
    int HeldOutExamples,
    double TargetPrecision,
    HeldOutScore ChampionScore,
    HeldOutScore ChallengerScore,
    bool Promoted,
    string Reason);
