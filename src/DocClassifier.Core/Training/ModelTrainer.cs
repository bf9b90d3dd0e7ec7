using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>
/// Trains the classifier: searches features, weighting, trainer and regularisation by cross-validated
/// macro-F1 (<see cref="ModelSearch"/>), calibrates the kept model's out-of-fold probabilities, chooses
/// thresholds on them for the target precision, and fits the model it serves: the kept recipe on all the data,
/// or the average of the folds' models (<see cref="TrainingOptions.Serving"/>).
/// </summary>
public sealed class ModelTrainer(TrainingOptions options, TimeProvider? clock = null)
{
    public TrainedModel Train(string name, TrainingSet set, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var labels = Validate(set.Examples);
        var ml = new MLContext(options.Seed);
        var prepared = set.Examples.Select(e => ClassifierText.Prepare(e.Text)).ToList();
        var truth = set.Examples.Select(e => labels.IndexOf(e.Label)).ToArray();
        var weights = set.Examples.Select(e => (float)e.Weight).ToArray();
        var folds = Math.Min(options.Folds, set.Examples.GroupBy(e => e.Label).Min(g => g.Count()));
        var groups = set.Examples.Select(e => e.Group).ToList();
        var fold = StratifiedFolds.Assign(truth, folds, options.Seed, groups);
        if (groups.Any(g => g is not null))
        {
            progress?.Report($"folds hold out whole groups ({groups.Distinct().Count()} templates named in the data), not single documents");
        }

        var search = new ModelSearch(ml, options.Seed, prepared, truth, weights, labels, fold, folds, progress);
        var outcome = search.Run(options);
        var settled = HeldOutCalibration.Fit(search, outcome.OutOfFold, truth, fold, folds, labels, [.. prepared.Select(ConfidenceModel.Words)], options.TargetPrecision);
        var (calibration, choice, thresholds) = (settled.Calibration, settled.Choice, settled.Thresholds);
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"calibration: temperature exponent {calibration.Exponent:G4}; expected calibration error on held-out folds {calibration.HeldOutEceBefore:F4} before, {calibration.HeldOutEceAfter:F4} after"));
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"thresholds: {choice.Kept} ({choice.Why}); held out: global {choice.Global.Automation:P1} delivered at {choice.Global.Precision:P1}, per-label {choice.PerLabel.Automation:P1} at {choice.PerLabel.Precision:P1}, learned confidence {choice.Learned?.Automation:P1} at {choice.Learned?.Precision:P1}"));

        var (model, vectorizer, served) = options.Serving == ServedModel.FoldAverage
            ? FoldAverage(search, outcome, fold, folds, progress)
            : Refit(search, outcome, progress);
        var card = new ModelCard
        {
            Name = name,
            CreatedAt = DefaultClock.Or(clock).GetUtcNow(),
            MlNetVersion = MlNetVersion(),
            Trainer = outcome.Trainer.ToString(),
            TrainersCompared = outcome.TrainersCompared,
            Features = outcome.Features,
            Search = outcome.Report,
            Calibration = calibration,
            ThresholdChoice = choice,
            Confidence = settled.Confidence,
            Labels = labels,
            TargetPrecision = options.TargetPrecision,
            Thresholds = thresholds.ToDictionary(t => t.Key, t => Math.Round(t.Value, 4), StringComparer.Ordinal),
            CrossValidation = MetricsCalculator.Compute(settled.Scored, labels, thresholds),
            TrainingData = Summarize(set),
            Served = served,
        };
        // Served rows carry no weight: the model is saved with the schema it will read.
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.Schema(vectorizer.Dimension)).Schema;
        return new TrainedModel(model, schema, vectorizer, card) { OutOfFold = new OutOfFoldPredictions(labels, truth, fold, outcome.OutOfFold) };
    }

    private static (ITransformer Model, TfidfVectorizer Vectorizer, string Served) Refit(ModelSearch search, SearchOutcome outcome, IProgress<string>? progress)
    {
        var everything = Enumerable.Range(0, outcome.OutOfFold.Length).ToArray();
        progress?.Report($"fitting {outcome.Trainer} on {outcome.Features} with all {everything.Length} documents");
        var featurizer = new FoldFeatures(outcome.Features.Blocks.Select(search.Counts).ToList(), outcome.Features, everything, search.Truth, search.Weights);
        var views = new Dictionary<string, IDataView>(StringComparer.Ordinal);
        var model = LinearTrainers.Fit(search.Ml, outcome.Trainer, v => ModelSearch.Cached(views, v, () => search.View(featurizer, everything, v)));
        return (model, featurizer.ToVectorizer(), $"refitted on all {everything.Length} documents");
    }

    // Each fold's model again, on its fold's training part and vocabulary, side by side in one vector: what is
    // served is the average of models of the size and kind whose out-of-fold predictions set calibration and thresholds.
    private static (ITransformer Model, TfidfVectorizer Vectorizer, string Served) FoldAverage(
        ModelSearch search, SearchOutcome outcome, int[] fold, int folds, IProgress<string>? progress)
    {
        progress?.Report($"fitting {outcome.Trainer} on {outcome.Features} once per fold ({folds} folds), served as their average");
        var blocks = outcome.Features.Blocks.Select(search.Counts).ToList();
        var training = Enumerable.Range(0, folds).Select(f => Enumerable.Range(0, fold.Length).Where(d => fold[d] != f).ToArray()).ToList();
        var stacked = new StackedFeatures(training.Select(t => new FoldFeatures(blocks, outcome.Features, t, search.Truth, search.Weights)).ToList());
        var members = Enumerable.Range(0, folds)
            .SelectMany(f => outcome.Trainer.Parts.Select(p => (p, (Func<IDataView>)(() => search.View(training[f], stacked.Dimension, d => stacked.Vector(f, d, p.View))))))
            .ToList();
        var labelled = search.View(Enumerable.Range(0, fold.Length), stacked.Dimension, _ => new VBuffer<float>(stacked.Dimension, 0, [], []));
        var model = LinearTrainers.Fit(search.Ml, members, labelled);
        return (model, stacked.ToVectorizer(), $"the average of the {folds} fold models");
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

        if (examples.Any(e => !(e.Weight > 0) || double.IsInfinity(e.Weight)))
        {
            throw new TrainingDataException("Every training document needs a positive, finite weight.");
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
}
