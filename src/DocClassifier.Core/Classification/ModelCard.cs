using DocClassifier.Learning;

namespace DocClassifier.Classification;

/// <summary>
/// What is known about a model, saved as JSON beside its ML.NET zip: labels, the per-label
/// thresholds that routing uses, held-out metrics, and where the training data came from.
/// </summary>
public sealed record ModelCard
{
    public const int CurrentSchemaVersion = 4;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string MlNetVersion { get; init; }

    /// <summary>The trainer and regularisation kept after comparing candidates by cross-validated macro-F1 (see <c>Training.TrainerSpec</c>).</summary>
    public required string Trainer { get; init; }

    /// <summary>Every trainer setting compared on the kept features, with its cross-validated macro-F1.</summary>
    public required IReadOnlyDictionary<string, double> TrainersCompared { get; init; }

    /// <summary>The text features kept (schema 3; null for a model from before our own TF-IDF).</summary>
    public TextFeatureOptions? Features { get; init; }

    /// <summary>What the search tried, in order, and why it kept what it kept (schema 3).</summary>
    public SearchReport? Search { get; init; }

    /// <summary>How probabilities are calibrated before thresholds apply (schema 3; null: as the trainer gives them).</summary>
    public ProbabilityCalibration? Calibration { get; init; }

    /// <summary>Whether the thresholds are one for all labels, one per label or one on the learned confidence, and how each held precision on held-out folds (schema 3).</summary>
    public ThresholdChoice? ThresholdChoice { get; init; }

    /// <summary>
    /// The learned confidence that the thresholds apply to, when training kept it (schema 4; null: the calibrated
    /// probability of the predicted label is the confidence).
    /// </summary>
    public ConfidenceModel? Confidence { get; init; }

    /// <summary>Which fitted model is served: refitted on all documents, or the average of the fold models (null: refitted, before this was recorded).</summary>
    public string? Served { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>A readable name for each label (for reviewers); null or missing labels are shown by their slug.</summary>
    public IReadOnlyDictionary<string, string>? LabelNames { get; init; }

    /// <summary>Precision that documents delivered without review should reach (e.g. 0.98).</summary>
    public required double TargetPrecision { get; init; }

    /// <summary>Per label: the confidence at or above which a prediction is delivered. 1.0 or more means always review.</summary>
    public required IReadOnlyDictionary<string, double> Thresholds { get; init; }

    /// <summary>Out-of-fold (cross-validated) metrics on the training data.</summary>
    public required EvaluationMetrics CrossValidation { get; init; }

    public required TrainingDataSummary TrainingData { get; init; }

    /// <summary>For a model retrained from reviewers' decisions: how it compared with the model live at the time (schema 2).</summary>
    public ChallengerComparison? Comparison { get; init; }

    /// <summary>Name plus creation time: what a decision records as the model version.</summary>
    public string Version => $"{Name}@{CreatedAt.UtcDateTime:yyyyMMddTHHmmssZ}";
}
