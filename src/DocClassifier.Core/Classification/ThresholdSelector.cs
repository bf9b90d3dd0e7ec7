namespace DocClassifier.Classification;

/// <summary>
/// Chooses, per label, the lowest confidence at which the predictions of that label reach the
/// target precision on held-out (out-of-fold) predictions (or one such confidence for all labels
/// together: <see cref="SelectGlobal"/>). Below it, documents go to review.
/// </summary>
public static class ThresholdSelector
{
    /// <summary>A label no prediction of which is trusted gets this: nothing reaches it, everything is reviewed.</summary>
    public const double Never = 1.01;

    /// <summary>Never deliver a label the model itself thinks is less likely than not.</summary>
    public const double Floor = 0.5;

    public static Dictionary<string, double> Select(IEnumerable<ScoredDocument> heldOut, IEnumerable<string> labels, double targetPrecision)
    {
        var byLabel = heldOut.ToLookup(d => d.PredictedLabel, StringComparer.Ordinal);
        return labels.ToDictionary(l => l, l => ForLabel(byLabel[l], targetPrecision), StringComparer.Ordinal);
    }

    /// <summary>One threshold for every label: the lowest confidence at which all predictions above it, pooled, reach the target precision.</summary>
    public static Dictionary<string, double> SelectGlobal(IEnumerable<ScoredDocument> heldOut, IEnumerable<string> labels, double targetPrecision)
    {
        var threshold = ForLabel(heldOut, targetPrecision);
        return labels.ToDictionary(l => l, _ => threshold, StringComparer.Ordinal);
    }

    private static double ForLabel(IEnumerable<ScoredDocument> predicted, double targetPrecision)
    {
        var ranked = predicted.OrderByDescending(d => d.Confidence).ToList();
        var best = Never;
        var correct = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            correct += ranked[i].PredictedLabel == ranked[i].TrueLabel ? 1 : 0;
            var atTie = i + 1 < ranked.Count && ranked[i + 1].Confidence == ranked[i].Confidence;
            if (!atTie && (double)correct / (i + 1) >= targetPrecision)
            {
                best = ranked[i].Confidence;
            }
        }

        return best == Never ? Never : Math.Max(Floor, best);
    }
}
