using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>Settings of <c>docclassifier train</c>.</summary>
public sealed class TrainingOptions
{
    /// <summary>Documents delivered without review should be right this often; thresholds are chosen for it.</summary>
    public double TargetPrecision { get; set; } = 0.98;

    public int Folds { get; set; } = 5;

    /// <summary>A label needs at least this many examples to be learned and cross-validated.</summary>
    public int MinExamplesPerLabel { get; set; } = 5;

    public int Seed { get; set; } = 1;

    /// <summary>
    /// Only these trainers are compared: names from <see cref="TrainerSpec.Known"/> (each over its
    /// regularisation grid) or full settings as a card records them (<c>LbfgsMaximumEntropy(l2=0.1)</c>);
    /// null compares them all.
    /// </summary>
    public IReadOnlyList<string>? Trainers { get; set; }

    /// <summary>Fixed text features; null searches them.</summary>
    public TextFeatureOptions? Features { get; set; }

    /// <summary>
    /// Wall time the search may spend: the feature search stops trying new candidates once half of it is spent
    /// (the trainers are compared after it), and the one-block models are skipped once all of it is. Wall time,
    /// as the folds run side by side: a processor-time budget grew with contention on a shared machine and cut
    /// the block models, which won when they were tried.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(200);

    /// <summary>
    /// Which model is served: refitted on all documents (the default: on the real archive's held-out folds its
    /// thresholds delivered more at the target than the fold models' average did, at less than half the
    /// training time), or the average of the cross-validation folds' models.
    /// </summary>
    public ServedModel Serving { get; set; } = ServedModel.Refit;
}
