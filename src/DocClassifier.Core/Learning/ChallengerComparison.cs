namespace DocClassifier.Learning;

/// <summary>
/// The champion (the live model) and a challenger, measured on the same sample of the stream, and what was decided.
/// The scores weigh the held-out reviewed examples as the share of documents that went to review and the spot-checked
/// ones as the share that was delivered (<paramref name="DeliveredShare"/>; 0 when nothing was spot-checked).
/// </summary>
public sealed record ChallengerComparison(
    string Champion,
    int ReviewedExamplesTrained,
    int HeldOutExamples,
    double TargetPrecision,
    HeldOutScore ChampionScore,
    HeldOutScore ChallengerScore,
    bool Promoted,
    string Reason,
    int SpotCheckedExamples = 0,
    double DeliveredShare = 0,
    double ReviewedExampleWeight = 1);
