namespace DocClassifier.Classification;

/// <summary>
/// A learned confidence: the probability that the predicted label is right, from the calibrated probability of
/// that label (as log-odds), which label it is, and how long the text is (ln(1 + words of prepared text)), by
/// logistic regression on the out-of-fold predictions (<c>Training.ConfidenceModelFitter</c>). On the real
/// archive short texts were wrong more often than their probability said, and some labels more than others:
/// ranked by this, one threshold delivered more at the target precision than the probability's thresholds,
/// global or per label. Training keeps it only when it does so on held-out folds.
/// </summary>
/// <param name="Intercept">The regression's bias.</param>
/// <param name="TopLogOdds">The weight of the log-odds of the top probability.</param>
/// <param name="Length">The weight of ln(1 + words).</param>
/// <param name="Labels">The weight of each predicted label (a label missing here weighs 0).</param>
public sealed record ConfidenceModel(double Intercept, double TopLogOdds, double Length, IReadOnlyDictionary<string, double> Labels)
{
    /// <summary>The number of inputs before the labels' indicators: the top probability's log-odds and the length.</summary>
    public const int LeadingInputs = 2;

    /// <summary>The probability that <paramref name="label"/>, predicted with <paramref name="topProbability"/>, is right.</summary>
    public double Of(double topProbability, string label, int words)
    {
        var z = Intercept + (TopLogOdds * LogOdds(topProbability)) + (Length * LengthOf(words)) + Labels.GetValueOrDefault(label);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The inputs for one prediction, in the order of the regression's weights: log-odds, length, then one indicator a label.</summary>
    public static float[] Inputs(double topProbability, int label, int labels, int words)
    {
        var inputs = new float[LeadingInputs + labels];
        inputs[0] = (float)LogOdds(topProbability);
        inputs[1] = (float)LengthOf(words);
        inputs[LeadingInputs + label] = 1;
        return inputs;
    }

    /// <summary>Words of prepared text (<see cref="ClassifierText.Prepare"/>): what stands between white space.</summary>
    public static int Words(string preparedText)
    {
        ArgumentNullException.ThrowIfNull(preparedText);
        return preparedText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static double LogOdds(double probability)
    {
        var p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static double LengthOf(int words) => Math.Log(1 + words);
}
