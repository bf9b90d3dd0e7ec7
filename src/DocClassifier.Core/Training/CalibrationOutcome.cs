using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// What <see cref="HeldOutCalibration"/> settled: the calibration, the kind of thresholds and the thresholds, the learned
/// confidence when that kind was kept (else null), and the out-of-fold documents scored as the served model will score them.
/// </summary>
internal sealed record CalibrationOutcome(
    ProbabilityCalibration Calibration, ThresholdChoice Choice, Dictionary<string, double> Thresholds, ConfidenceModel? Confidence, List<ScoredDocument> Scored);
