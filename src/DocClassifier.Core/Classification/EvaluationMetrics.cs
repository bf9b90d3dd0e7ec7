namespace DocClassifier.Classification;

/// <summary>
/// How a model did on labelled documents. Automation: the share of documents confident enough to be
/// delivered without review, and the precision of those.
/// </summary>
public sealed record EvaluationMetrics(
    int Documents,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<string> Labels,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix,
    double AutomationRate,
    double AutomatedPrecision,
    IReadOnlyList<CalibrationBin> Calibration);
