using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>
/// Chooses features, weighting and trainer by cross-validated macro-F1 on the training set at hand.
/// Every candidate is judged on the same stratified folds, and each fold fits its own vocabulary and IDF
/// on its training part only, so a held-out document is never seen before it is scored. Features are
/// compared first (one change at a time from scikit-learn's recipe, kept only when it wins: other n-gram
/// shapes, naive Bayes weighting, the blocks of some lines' words, of the words' and lines' shapes and of the edge lines'
/// characters, the text's layout as one more block, min df; raw TF and no IDF lost on every real data set and are no longer tried), then every
/// trainer setting on the kept features, then the average of the best maximum-entropy model and the best
/// SVM. A change must win by more than <see cref="MinGain"/>: noise does not move the recipe.
/// </summary>
internal sealed class ModelSearch
{
    public const double MinGain = 0.001;

    /// <summary>Folds every trainer setting is fitted on before the ones far behind are dropped (<see cref="TrainingOptions.RaceMargin"/>).</summary>
    public const int RaceFolds = 2;

    private readonly MLContext ml;
    private readonly IReadOnlyList<string> prepared;
    private readonly int[] truth;
    private readonly float[] weights;
    private readonly IReadOnlyList<string> labels;
    private readonly int[] fold;
    private readonly int folds;
    private readonly int seed;
    private readonly IProgress<string>? progress;
    private readonly Dictionary<NgramBlock, NgramCounts> counted = [];
    private readonly ConcurrentDictionary<(string Features, int Fold), FoldFeatures> fitted = new();
    private readonly List<SearchStep> steps = [];
    private readonly List<string> skipped = [];
    private readonly Stopwatch clock = new();

    public ModelSearch(MLContext ml, int seed, IReadOnlyList<string> prepared, int[] truth, float[] weights, IReadOnlyList<string> labels, int[] fold, int folds, IProgress<string>? progress)
    {
        (this.ml, this.seed, this.prepared, this.truth, this.weights, this.labels, this.fold, this.folds, this.progress) = (ml, seed, prepared, truth, weights, labels, fold, folds, progress);
    }

    public MLContext Ml => ml;

    /// <summary>Every document's label index.</summary>
    public int[] Truth => truth;

    /// <summary>Every document's example weight.</summary>
    public float[] Weights => weights;

    public SearchOutcome Run(TrainingOptions options)
    {
        clock.Restart();
        var requested = options.Trainers ?? TrainerSpec.Known;
        var given = requested.Select(TrainerSpec.Parse).OfType<TrainerSpec>().ToList();
        var families = requested.Where(r => TrainerSpec.Parse(r) is null).ToList();
        var singles = given.SelectMany(g => g.Parts)
            .Concat(families.Where(f => f != TrainerSpec.Ensemble).SelectMany(f => SearchCandidates.Regularization[f].Select(r => TrainerSpec.Of(f, r))))
            .Distinct()
            .ToList();
        if (singles.Count == 0)
        {
            throw new ArgumentException("An ensemble alone has no members to train; name trainers too.", nameof(options));
        }

        var judge = singles.Count == 1 ? singles[0] : SearchCandidates.FeatureJudge(families.Count > 0 ? families : [.. singles.Select(s => s.Trainer)]);
        var (features, judged) = options.Features is { } fixedFeatures ? (fixedFeatures, null) : SearchFeatures(judge, options.TimeBudget / 2, options.RaceMargin);

        // The judge's out-of-fold predictions on the kept features are known already.
        var untried = singles.Where(s => judged is null || s != judge).ToList();
        Report($"comparing {singles.Count} trainer settings on {features} ({folds} folds)");
        var known = judged is not null && singles.Contains(judge) ? new Dictionary<TrainerSpec, float[][]> { [judge] = judged } : [];
        // The members of an ensemble asked for by name run every fold: it is made of them.
        var members = given.Where(g => g.IsEnsemble).SelectMany(g => g.Members).ToHashSet();
        var outOfFold = Race(features, untried, known, members, options.RaceMargin);
        singles = [.. singles.Where(outOfFold.ContainsKey)];
        var scores = singles.ToDictionary(s => s, s => MacroF1(outOfFold[s]));
        var ensemble = given.FirstOrDefault(g => g.IsEnsemble) ?? (families.Contains(TrainerSpec.Ensemble) ? BestOfEachKind(scores) : null);
        if (ensemble is not null)
        {
            outOfFold[ensemble] = Average(ensemble.Members.Select(m => outOfFold[m]).ToList());
            scores[ensemble] = MacroF1(outOfFold[ensemble]);
        }

        if (families.Contains(TrainerSpec.Ensemble) && features.Blocks.Count(b => !b.Supplements) > 1)
        {
            CompareViews(features, scores, outOfFold, options.TimeBudget);
        }

        var best = scores.Aggregate((a, b) => b.Value > a.Value + MinGain ? b : a).Key;
        foreach (var (spec, f1) in scores)
        {
            var why = spec == best
                ? "kept: best held-out macro-F1"
                : f1 > scores[best]
                    ? string.Create(CultureInfo.InvariantCulture, $"{f1 - scores[best]:F4} above {best}, within the {MinGain} a change must win by")
                    : string.Create(CultureInfo.InvariantCulture, $"{scores[best] - f1:F4} below {best}");
            Step("trainer", spec.ToString(), f1, spec == best, why);
        }

        var report = new SearchReport(folds, Math.Round(clock.Elapsed.TotalSeconds, 1), steps, skipped);
        return new SearchOutcome(features, best, outOfFold[best], scores.ToDictionary(s => s.Key.ToString(), s => Math.Round(s.Value, 4), StringComparer.Ordinal), report);
    }

    /// <summary>
    /// Every setting's out-of-fold probabilities, raced: all settings are fitted on the first <see cref="RaceFolds"/> folds,
    /// and one whose macro-F1 on those folds' documents trails the best there by more than <paramref name="margin"/> is
    /// dropped (recorded with that score and why); the rest go on to every fold. <paramref name="known"/> holds settings
    /// already cross-validated in full; they race too but cost nothing. <paramref name="members"/> are never dropped.
    /// </summary>
    private Dictionary<TrainerSpec, float[][]> Race(TextFeatureOptions features, List<TrainerSpec> untried, Dictionary<TrainerSpec, float[][]> known, HashSet<TrainerSpec> members, double? margin)
    {
        if (margin is null || folds <= RaceFolds || untried.Count + known.Count < 2)
        {
            return known.Concat(CrossValidate(features, untried)).ToDictionary();
        }

        var raced = known.Concat(CrossValidate(features, untried, EarlyFolds)).ToDictionary();
        var partial = raced.ToDictionary(r => r.Key, r => MacroF1(r.Value, EarlyDocuments()));
        var leader = partial.Aggregate((a, b) => b.Value > a.Value ? b : a);
        foreach (var spec in untried.Where(s => !members.Contains(s) && partial[s] < leader.Value - margin.Value))
        {
            Step("trainer", spec.ToString(), partial[spec], false, Dropped(leader.Value - partial[spec], leader.Key.ToString(), margin.Value));
            raced.Remove(spec);
        }

        return known.Concat(Finish(features, raced.Where(r => !known.ContainsKey(r.Key)).ToDictionary())).ToDictionary();
    }

    private static int[] EarlyFolds => [.. Enumerable.Range(0, RaceFolds)];

    private IEnumerable<int> EarlyDocuments() => Enumerable.Range(0, truth.Length).Where(d => fold[d] < RaceFolds);

    private string Dropped(double behind, string leader, double margin) =>
        string.Create(CultureInfo.InvariantCulture, $"dropped after {RaceFolds} of {folds} folds: {behind:F4} below {leader} on them, more than the race's {margin}");

    // The folds after the race's first ones, for settings that ran only those: every document's row filled.
    private Dictionary<TrainerSpec, float[][]> Finish(TextFeatureOptions features, Dictionary<TrainerSpec, float[][]> early)
    {
        var rest = CrossValidate(features, [.. early.Keys], [.. Enumerable.Range(RaceFolds, folds - RaceFolds)]);
        foreach (var (spec, probabilities) in rest)
        {
            for (var d = 0; d < truth.Length; d++)
            {
                probabilities[d] ??= early[spec][d];
            }
        }

        return rest;
    }

    /// <summary>Out-of-fold probabilities (document × label, in <see cref="labels"/> order) of each single trainer on the features.</summary>
    /// <remarks>
    /// Each fold's vectors are made once (and kept for later calls on the same features), then every (trainer, fold) pair is fitted
    /// as its own work item, one per core, each with a fresh ML.NET context seeded from the fold, so the result does not depend on
    /// which item finishes first. Before, the folds were the work items and each fitted its trainers in turn: with five folds on two
    /// cores the last fold ran alone on one core.
    /// </remarks>
    /// <param name="onFolds">Only these folds (their documents' rows stay null for the others); null: every fold.</param>
    public Dictionary<TrainerSpec, float[][]> CrossValidate(TextFeatureOptions features, IReadOnlyList<TrainerSpec> singles, IReadOnlyList<int>? onFolds = null)
    {
        var scoredFolds = onFolds ?? [.. Enumerable.Range(0, folds)];
        var blocks = features.Blocks.Select(Counts).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Every model also reads all blocks once (its label keys come from the whole rows).
        var views = singles.Select(s => s.View).Append(null).Distinct().ToList();
        var train = Enumerable.Range(0, folds).Select(f => Enumerable.Range(0, truth.Length).Where(d => fold[d] != f).ToArray()).ToArray();
        var test = Enumerable.Range(0, folds).Select(f => Enumerable.Range(0, truth.Length).Where(d => fold[d] == f).ToArray()).ToArray();
        var trainRows = new Dictionary<string, List<WeightedFeatureRow>>[folds];
        var testRows = new List<WeightedFeatureRow>[folds];
        var dimension = new int[folds];
        Parallel.ForEach(scoredFolds, parallel, f =>
        {
            var featurizer = fitted.GetOrAdd((features.ToString(), f), _ => new FoldFeatures(blocks, features, train[f], truth, weights));
            if (views.FirstOrDefault(v => !featurizer.Reads(v)) is { } missing)
            {
                throw new ArgumentException($"The features have no block '{missing}'.", nameof(singles));
            }

            dimension[f] = featurizer.Dimension;
            trainRows[f] = views.ToDictionary(v => v?.ToString() ?? "all", v => Rows(featurizer, train[f], v), StringComparer.Ordinal);
            testRows[f] = Rows(featurizer, test[f], null);
        });

        var result = singles.ToDictionary(s => s, _ => new float[truth.Length][]);
        var fitting = singles.ToDictionary(s => s, _ => new long[folds]);
        var work = singles.SelectMany(s => scoredFolds.Select(f => (Spec: s, Fold: f))).ToList();
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), parallel, item =>
        {
            var (spec, f) = item;
            var watch = Stopwatch.StartNew();
            var context = new MLContext(seed + f);
            var model = LinearTrainers.Fit(context, spec, v => context.Data.Cache(Load(context, trainRows[f][v?.ToString() ?? "all"], dimension[f])));
            var scored = model.Transform(Load(context, testRows[f], dimension[f]));
            var slots = SlotLabels(scored.Schema["Score"]);
            var k = 0;
            foreach (var row in context.Data.CreateEnumerable<LabelScores>(scored, reuseRowObject: false))
            {
                var probabilities = new float[labels.Count];
                for (var s = 0; s < slots.Length; s++)
                {
                    probabilities[slots[s]] = row.Score[s];
                }

                // Each item writes only its own fold's rows of its own trainer.
                result[spec][test[f][k++]] = probabilities;
            }

            fitting[spec][f] = watch.ElapsedMilliseconds;
        });

        foreach (var spec in singles)
        {
            Report(string.Create(CultureInfo.InvariantCulture, $"  {spec} on {features}: {fitting[spec].Sum() / 1000.0:F1} s fitting and scoring, summed over {scoredFolds.Count} folds"));
        }

        return result;
    }

    private List<WeightedFeatureRow> Rows(FoldFeatures featurizer, IEnumerable<int> documents, NgramBlock? view) =>
        documents.Select(d => new WeightedFeatureRow { Features = featurizer.Vector(d, view), Label = labels[truth[d]], Weight = weights[d] }).ToList();

    private static IDataView Load(MLContext context, List<WeightedFeatureRow> rows, int dimension) =>
        context.Data.LoadFromEnumerable(rows, WeightedFeatureRow.Schema(dimension));

    /// <summary>An ML.NET view of some documents' vectors, labels and weights (cached: trainers read it many times).</summary>
    /// <remarks>With <paramref name="view"/>, the vectors hold that block only (what a member with that view is trained on).</remarks>
    public IDataView View(FoldFeatures featurizer, IEnumerable<int> documents, NgramBlock? view = null) => View(ml, featurizer, documents, view);

    /// <summary>An ML.NET view of some documents' vectors (as <paramref name="vector"/> makes them), labels and weights (cached).</summary>
    public IDataView View(IEnumerable<int> documents, int dimension, Func<int, VBuffer<float>> vector) => View(ml, documents, dimension, vector);

    private IDataView View(MLContext context, FoldFeatures featurizer, IEnumerable<int> documents, NgramBlock? view = null)
    {
        if (!featurizer.Reads(view))
        {
            throw new ArgumentException($"The features have no block '{view}'.", nameof(view));
        }

        return View(context, documents, featurizer.Dimension, d => featurizer.Vector(d, view));
    }

    private IDataView View(MLContext context, IEnumerable<int> documents, int dimension, Func<int, VBuffer<float>> vector)
    {
        var rows = documents.Select(d => new WeightedFeatureRow { Features = vector(d), Label = labels[truth[d]], Weight = weights[d] }).ToList();
        return context.Data.Cache(context.Data.LoadFromEnumerable(rows, WeightedFeatureRow.Schema(dimension)));
    }

    /// <summary>One data view per view of the features, made the first time it is asked for.</summary>
    public static IDataView Cached(Dictionary<string, IDataView> made, NgramBlock? view, Func<IDataView> make)
    {
        var key = view?.ToString() ?? "all";
        if (!made.TryGetValue(key, out var data))
        {
            data = make();
            made[key] = data;
        }

        return data;
    }

    public NgramCounts Counts(NgramBlock block)
    {
        if (!counted.TryGetValue(block, out var counts))
        {
            counts = new NgramCounts(block, prepared);
            counted[block] = counts;
        }

        return counts;
    }

    public double MacroF1(float[][] outOfFold) => MacroF1(outOfFold, Enumerable.Range(0, truth.Length));

    private double MacroF1(float[][] outOfFold, IEnumerable<int> documents) =>
        MetricsCalculator.Compute([.. documents.Select(d => Scored(outOfFold[d], d, ProbabilityCalibration.None))], labels, new Dictionary<string, double>()).MacroF1;

    public List<ScoredDocument> Scored(float[][] outOfFold, ProbabilityCalibration calibration) =>
        outOfFold.Select((p, d) => Scored(p, d, calibration)).ToList();

    private ScoredDocument Scored(float[] probabilities, int document, ProbabilityCalibration calibration)
    {
        var calibrated = calibration.Apply(probabilities);
        var best = Array.IndexOf(calibrated, calibrated.Max());
        return new ScoredDocument(labels[truth[document]], labels[best], calibrated[best]);
    }

    private (TextFeatureOptions Features, float[][] OutOfFold) SearchFeatures(TrainerSpec judge, TimeSpan budget, double? margin)
    {
        var current = SearchCandidates.Reference;
        var currentOutOfFold = CrossValidate(current, [judge])[judge];
        var score = MacroF1(currentOutOfFold);
        Step("features", current.ToString(), score, true, $"the reference (scikit-learn's recipe), judged with {judge}");
        // Naive Bayes weighting first: it won most in the exploration on the real archive, and a busy machine may cut the rest.
        // Then the blocks of some lines' words, of the words' shapes, of the lines' shapes and of the edge lines' characters (they
        // won next), the other n-gram shapes (keeping the supplementing blocks), the layout.
        var candidates = new Func<TextFeatureOptions, TextFeatureOptions>[] { c => c with { NbWeighting = !c.NbWeighting } }
            .Concat(SearchCandidates.FirstBlocks.Select(Adding))
            .Concat(SearchCandidates.NgramShapes.Skip(1).Select(shape => (Func<TextFeatureOptions, TextFeatureOptions>)(c => c with { Blocks = [.. shape, .. c.Blocks.Where(b => b.Supplements)] })))
            .Concat(SearchCandidates.ExtraBlocks.Select(Adding))
            .Concat(SearchCandidates.MinDocumentFrequencies.Select(m => (Func<TextFeatureOptions, TextFeatureOptions>)(c => c with { MinDocumentFrequency = m })));
        // The first changes (naive Bayes weighting and the first blocks, which won on every real data set) are tried whatever
        // the clock says: on a machine at load average 30 the reference alone took more than the budget, and the search lost
        // the weighting.
        var mustTry = 1 + SearchCandidates.FirstBlocks.Count;
        var tried = 0;
        foreach (var change in candidates)
        {
            var candidate = change(current);
            if (clock.Elapsed > budget && tried >= mustTry)
            {
                skipped.Add($"features: {candidate}");
                continue;
            }

            tried++;
            float[][] outOfFold;
            if (margin is not null && folds > RaceFolds)
            {
                // Raced as the trainers are: a candidate far behind the current features on the first folds stops there.
                var early = CrossValidate(candidate, [judge], EarlyFolds);
                var partial = MacroF1(early[judge], EarlyDocuments());
                var behind = MacroF1(currentOutOfFold, EarlyDocuments()) - partial;
                if (behind > margin)
                {
                    Step("features", candidate.ToString(), partial, false, Dropped(behind, current.ToString(), margin.Value));
                    continue;
                }

                outOfFold = Finish(candidate, early)[judge];
            }
            else
            {
                outOfFold = CrossValidate(candidate, [judge])[judge];
            }

            var f1 = MacroF1(outOfFold);
            var kept = f1 > score + MinGain;
            var gain = (f1 - score).ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture);
            Step("features", candidate.ToString(), f1, kept, kept ? $"kept: {gain} over {current}" : $"{gain} against {current}: not enough");
            (current, currentOutOfFold, score) = kept ? (candidate, outOfFold, f1) : (current, currentOutOfFold, score);
        }

        if (skipped.Count > 0)
        {
            Report($"time budget: {skipped.Count} feature candidates not tried");
        }

        return (current, currentOutOfFold);
    }

    private static Func<TextFeatureOptions, TextFeatureOptions> Adding(NgramBlock block) => c => c with { Blocks = [.. c.Blocks, block] };

    /// <summary>
    /// The best single setting trained on each n-gram block alone, and two averages of those: the blocks'
    /// models, and the blocks' models with the model on all blocks. Word and character n-grams err on
    /// different documents of OCR text, so their separate models' average can rank better than one model on
    /// both; it is kept, as everything else, only when it wins on held-out folds.
    /// </summary>
    private void CompareViews(TextFeatureOptions features, Dictionary<TrainerSpec, double> scores, Dictionary<TrainerSpec, float[][]> outOfFold, TimeSpan budget)
    {
        var top = scores.Where(s => !s.Key.IsEnsemble).Aggregate((a, b) => b.Value > a.Value ? b : a).Key;
        var members = features.Blocks.Where(b => !b.Supplements).Select(top.On).ToList();
        var ensembles = new[] { TrainerSpec.Average(members), TrainerSpec.Average([top, .. members]) };
        if (clock.Elapsed > budget)
        {
            skipped.AddRange(members.Concat(ensembles).Select(e => $"trainer: {e}"));
            Report($"time budget: the {members.Count} one-block models and their ensembles not tried");
            return;
        }

        Report($"comparing {top} on each block alone, and their averages");
        foreach (var (member, probabilities) in CrossValidate(features, members))
        {
            outOfFold[member] = probabilities;
            scores[member] = MacroF1(probabilities);
        }

        foreach (var ensemble in ensembles)
        {
            outOfFold[ensemble] = Average(ensemble.Members.Select(m => outOfFold[m]).ToList());
            scores[ensemble] = MacroF1(outOfFold[ensemble]);
        }
    }

    // The best maximum-entropy model and the best SVM, averaged; none when either kind is missing.
    private static TrainerSpec? BestOfEachKind(Dictionary<TrainerSpec, double> scores)
    {
        var maxent = scores.Where(s => s.Key.Trainer is TrainerSpec.Lbfgs or TrainerSpec.Sdca).OrderByDescending(s => s.Value).Select(s => s.Key).FirstOrDefault();
        var svm = scores.Where(s => s.Key.Trainer == TrainerSpec.Svm).OrderByDescending(s => s.Value).Select(s => s.Key).FirstOrDefault();
        return maxent is null || svm is null ? null : TrainerSpec.Average([maxent, svm]);
    }

    private static float[][] Average(List<float[][]> members) =>
        members[0].Select((_, d) => members[0][d].Select((_, l) => members.Average(m => m[d][l])).Select(p => (float)p).ToArray()).ToArray();

    private int[] SlotLabels(DataViewSchema.Column score)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        return names.DenseValues().Select(n => labels.ToList().IndexOf(n.ToString())).ToArray();
    }

    private void Step(string stage, string candidate, double f1, bool kept, string why)
    {
        steps.Add(new SearchStep(stage, candidate, Math.Round(f1, 4), kept, why));
        Report(string.Create(CultureInfo.InvariantCulture, $"{stage,-8} {candidate}: macro-F1 {f1:F4} ({why})"));
    }

    private void Report(string message) => progress?.Report(message);
}
