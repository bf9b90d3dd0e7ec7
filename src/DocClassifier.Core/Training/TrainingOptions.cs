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

    /// <summary>Only these trainers are compared; null compares all of <see cref="Classification.ClassificationPipeline.Trainers"/>.</summary>
    public IReadOnlyList<string>? Trainers { get; set; }
}
