using System.Text.Json.Serialization;

namespace DocClassifier.Classification;

/// <summary>
/// Temperature scaling of a model's probabilities: p_i^a / Σ_j p_j^a, which is softmax(logits · a) for a
/// maximum-entropy model (a = 1/T). One number, fitted on out-of-fold predictions so that confidence
/// means what it says; a &gt; 1 sharpens an under-confident model, a &lt; 1 softens an over-confident one.
/// Ranking within a document is unchanged, so calibration never changes a predicted label.
/// </summary>
public sealed record ProbabilityCalibration(string Method, double Exponent)
{
    public static ProbabilityCalibration None { get; } = new("none", 1);

    /// <summary>Held-out check: expected calibration error on each fold with the exponent fitted on the other folds, pooled; before and after.</summary>
    public double? HeldOutEceBefore { get; init; }

    public double? HeldOutEceAfter { get; init; }

    [JsonIgnore]
    public bool IsIdentity => Exponent == 1;

    public double[] Apply(IReadOnlyList<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var scaled = new double[probabilities.Count];
        var logs = probabilities.Select(p => Math.Log(Math.Max(p, 1e-12))).ToArray();
        var max = logs.Max();
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = Math.Exp((logs[i] - max) * Exponent);
        }

        var sum = scaled.Sum();
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] /= sum;
        }

        return scaled;
    }
}
