namespace DocClassifier.Classification;

/// <summary>Accuracy, per-class and macro F1, the confusion matrix, automation at the thresholds, and calibration.</summary>
public static class MetricsCalculator
{
    private const int CalibrationBins = 10;

    public static EvaluationMetrics Compute(
        IReadOnlyList<ScoredDocument> documents, IReadOnlyList<string> labels, IReadOnlyDictionary<string, double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var matrix = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var d in documents.Where(d => index.ContainsKey(d.TrueLabel) && index.ContainsKey(d.PredictedLabel)))
        {
            matrix[index[d.TrueLabel]][index[d.PredictedLabel]]++;
        }

        var perClass = labels.Select((label, i) =>
        {
            var truePositives = matrix[i][i];
            var predicted = matrix.Sum(row => row[i]);
            var actual = matrix[i].Sum();
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassMetrics(label, precision, recall, f1, actual);
        }).ToList();

        var automated = documents.Where(d => d.Confidence >= thresholds.GetValueOrDefault(d.PredictedLabel, ThresholdSelector.Never)).ToList();
        var n = Math.Max(1, documents.Count);
        return new EvaluationMetrics(
            documents.Count,
            documents.Count(d => d.PredictedLabel == d.TrueLabel) / (double)n,
            perClass.Where(c => c.Support > 0).Select(c => c.F1).DefaultIfEmpty(0).Average(),
            perClass,
            labels,
            matrix,
            automated.Count / (double)n,
            automated.Count == 0 ? 1 : automated.Count(d => d.PredictedLabel == d.TrueLabel) / (double)automated.Count,
            Calibrate(documents),
            ExpectedCalibrationError(documents));
    }

    /// <summary>
    /// How far confidence is from accuracy, on average over documents: the gap between mean confidence and
    /// accuracy in each of 10 confidence bins, weighted by the bin's share of documents (0 is perfect).
    /// </summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ScoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Count == 0
            ? 0
            : Calibrate(documents).Sum(b => b.Count * Math.Abs(b.Accuracy - b.MeanConfidence)) / documents.Count;
    }

    /// <summary>
    /// The largest share of documents a single confidence cut-off could deliver while the delivered ones
    /// stay right at least <paramref name="precision"/> of the time (most confident first).
    /// </summary>
    public static double AutomationAtPrecision(IReadOnlyList<ScoredDocument> documents, double precision)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (right, best, taken) = (0, 0, 0);
        foreach (var d in documents.Where(d => d.Confidence > 0).OrderByDescending(d => d.Confidence))
        {
            taken++;
            right += d.PredictedLabel == d.TrueLabel ? 1 : 0;
            best = right >= precision * taken ? taken : best;
        }

        return documents.Count == 0 ? 0 : best / (double)documents.Count;
    }

    private static List<CalibrationBin> Calibrate(IReadOnlyList<ScoredDocument> documents)
    {
        var bins = new List<CalibrationBin>();
        for (var b = 0; b < CalibrationBins; b++)
        {
            var (from, to) = (b / (double)CalibrationBins, (b + 1) / (double)CalibrationBins);
            var inBin = documents.Where(d => d.Confidence >= from && (d.Confidence < to || (b == CalibrationBins - 1 && d.Confidence <= to))).ToList();
            bins.Add(new CalibrationBin(
                from,
                to,
                inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(d => d.Confidence),
                inBin.Count == 0 ? 0 : inBin.Count(d => d.PredictedLabel == d.TrueLabel) / (double)inBin.Count));
        }

        return bins;
    }
}
