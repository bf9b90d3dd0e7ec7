using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// Fits <see cref="ProbabilityCalibration"/>'s exponent to out-of-fold probabilities by minimising their
/// negative log-likelihood against smoothed targets (golden-section search over ln a, between 1/20 and 20).
/// The targets are Platt's: the true label (n + 1) / (n + 2), the rest share 1 / (n + 2). Without that
/// smoothing, predictions that were all right out of fold (generated data) drive the exponent to its
/// bound, and then a document unlike any training document gets a confidence of 1.00.
/// </summary>
internal static class TemperatureCalibrator
{
    public static ProbabilityCalibration Fit(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> truth)
    {
        if (probabilities.Count == 0)
        {
            return ProbabilityCalibration.None;
        }

        var (low, high) = (Math.Log(0.05), Math.Log(20));
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var step = 0; step < 60; step++)
        {
            var a = high - (ratio * (high - low));
            var b = low + (ratio * (high - low));
            if (Loss(probabilities, truth, Math.Exp(a)) < Loss(probabilities, truth, Math.Exp(b)))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        return new ProbabilityCalibration("temperature", Math.Round(Math.Exp((low + high) / 2), 4));
    }

    private static double Loss(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> truth, double exponent)
    {
        var calibration = new ProbabilityCalibration("temperature", exponent);
        var rest = 1.0 / (probabilities.Count + 2);
        var loss = 0.0;
        for (var d = 0; d < probabilities.Count; d++)
        {
            var calibrated = calibration.Apply(probabilities[d]);
            for (var l = 0; l < calibrated.Length; l++)
            {
                var target = l == truth[d] ? 1 - rest : rest / (calibrated.Length - 1);
                loss -= target * Math.Log(Math.Max(calibrated[l], 1e-300));
            }
        }

        return loss;
    }
}
