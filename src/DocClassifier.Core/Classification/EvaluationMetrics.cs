namespace DocClassifier.Classification;

/// <summary>
/// How a model did on labelled documents. Automation: the share of documents confident enough to be
/// delivered without review, and the precision of those. Calibration: accuracy per confidence bin, and
/// the expected calibration error over them (0 when a confidence of 0.9 is right 9 times in 10).
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
    IReadOnlyList<CalibrationBin> Calibration,
    double ExpectedCalibrationError);
