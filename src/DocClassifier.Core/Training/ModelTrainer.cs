using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>
/// Trains the classifier: compares the candidate trainers by cross-validated macro-F1, keeps the
/// best, chooses per-label thresholds on its out-of-fold predictions, and fits it on all the data.
/// </summary>
public sealed class ModelTrainer(TrainingOptions options)
{
    public TrainedModel Train(string name, TrainingSet set, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var labels = Validate(set.Examples);
        var ml = new MLContext(options.Seed);
        var rows = set.Examples.Select(e => new DocumentText { Text = ClassifierText.Prepare(e.Text), Label = e.Label }).ToList();
        var data = ml.Data.ShuffleRows(ml.Data.LoadFromEnumerable(rows), seed: options.Seed);
        var folds = Math.Min(options.Folds, set.Examples.GroupBy(e => e.Label).Min(g => g.Count()));

        var compared = new Dictionary<string, double>(StringComparer.Ordinal);
        List<ScoredDocument>? bestHeldOut = null;
        var bestTrainer = string.Empty;
        foreach (var trainer in options.Trainers ?? ClassificationPipeline.Trainers)
        {
            progress?.Report($"cross-validating {trainer} ({folds} folds)");
            var heldOut = CrossValidate(ml, data, trainer, folds);
            var macroF1 = MetricsCalculator.Compute(heldOut, labels, new Dictionary<string, double>()).MacroF1;
            compared[trainer] = Math.Round(macroF1, 4);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{trainer}: macro-F1 {macroF1:F4}"));
            if (bestHeldOut is null || macroF1 > compared[bestTrainer])
            {
                (bestHeldOut, bestTrainer) = (heldOut, trainer);
            }
        }

        var thresholds = ThresholdSelector.Select(bestHeldOut!, labels, options.TargetPrecision);
        progress?.Report($"fitting {bestTrainer} on all {rows.Count} documents");
        var model = ClassificationPipeline.Create(ml, bestTrainer).Fit(data);
        var card = new ModelCard
        {
            Name = name,
            CreatedAt = DateTimeOffset.UtcNow,
            MlNetVersion = MlNetVersion(),
            Trainer = bestTrainer,
            TrainersCompared = compared,
            Labels = labels,
            TargetPrecision = options.TargetPrecision,
            Thresholds = thresholds.ToDictionary(t => t.Key, t => Math.Round(t.Value, 4), StringComparer.Ordinal),
            CrossValidation = MetricsCalculator.Compute(bestHeldOut!, labels, thresholds),
            TrainingData = Summarize(set),
        };
        return new TrainedModel(model, data.Schema, card);
    }

    private List<string> Validate(IReadOnlyList<LabeledText> examples)
    {
        if (examples.Count == 0)
        {
            throw new TrainingDataException("There are no readable training documents.");
        }

        var counts = examples.GroupBy(e => e.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (counts.Keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new TrainingDataException("Some training documents have an empty label.");
        }

        if (counts.Count < 2)
        {
            throw new TrainingDataException($"Training needs at least two labels; found only '{counts.Keys.Single()}'.");
        }

        var few = counts.Where(c => c.Value < options.MinExamplesPerLabel).Select(c => $"{c.Key} ({c.Value})").ToList();
        if (few.Count > 0)
        {
            throw new TrainingDataException(
                $"Each label needs at least {options.MinExamplesPerLabel} documents; too few for: {string.Join(", ", few)}.");
        }

        return counts.Keys.Order(StringComparer.Ordinal).ToList();
    }

    private static List<ScoredDocument> CrossValidate(MLContext ml, IDataView data, string trainer, int folds)
    {
        var results = ml.MulticlassClassification.CrossValidate(data, ClassificationPipeline.Create(ml, trainer), folds, "Label");
        var heldOut = new List<ScoredDocument>();
        foreach (var fold in results)
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            fold.ScoredHoldOutSet.Schema["Label"].GetKeyValues(ref names);
            var labels = names.DenseValues().Select(n => n.ToString()).ToArray();
            foreach (var row in ml.Data.CreateEnumerable<FoldRow>(fold.ScoredHoldOutSet, reuseRowObject: false))
            {
                var best = Array.IndexOf(row.Score, row.Score.Max());
                heldOut.Add(new ScoredDocument(labels[row.Label - 1], labels[best], row.Score[best]));
            }
        }

        return heldOut;
    }

    /// <summary>SHA-256 over every (content hash, label) pair in a fixed order: the same data gives the same fingerprint.</summary>
    public static string Fingerprint(IEnumerable<LabeledText> examples)
    {
        var lines = examples.Select(e => $"{e.ContentHash}\t{e.Label}").Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static TrainingDataSummary Summarize(TrainingSet set)
    {
        var fingerprint = Fingerprint(set.Examples);
        var perLabel = set.Examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new TrainingDataSummary(fingerprint, set.Examples.Count, perLabel, set.Source);
    }

    private static string MlNetVersion()
    {
        var version = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return version.Split('+')[0];
    }

    private sealed class FoldRow
    {
        public uint Label { get; set; }

        public float[] Score { get; set; } = [];
    }
}
