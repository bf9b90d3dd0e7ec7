using System.Globalization;
using DocClassifier.Classification;
using DocClassifier.Training;

namespace DocClassifier.Learning;

/// <summary>
/// Learns from reviewers: trains a challenger on the base training data plus the reviewed examples (all but a
/// held-out slice, each weighing <see cref="LearningOptions.ReviewedExampleWeight"/> base documents; spot-checks that
/// corrected the model are reviewed examples too), measures it and
/// the live model (the champion) on a sample of the stream (the held-out reviewed examples and the spot-checked
/// deliveries, each weighed as the share of the stream it stands for), keeps it in the registry, and makes it live only
/// if it is not worse on macro-F1 and on automation at the target precision. Runs nightly as a Hangfire job and on
/// demand (<c>docclassifier retrain</c>).
/// </summary>
public sealed class Retrainer(ModelRegistry registry, string examplesRoot, Func<TrainingSet> baseData, LearningOptions options, TimeProvider? clock = null)
{
    /// <summary>How a challenger is trained; replaceable so that tests can train a deliberately bad one.</summary>
    public Func<TrainingSet, ModelCard, IProgress<string>?, TrainedModel>? Train { get; init; }

    public RetrainingResult Run(string by, IProgress<string>? progress = null)
    {
        using var gate = registry.TryLockRetraining();
        if (gate is null)
        {
            return Skipped("Another retraining is running (on this or another node); this one does nothing.");
        }

        RetrainingResult result;
        try
        {
            result = RunOnce(by, progress);
        }
        catch (Exception e) when (e is TrainingDataException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Recorded for the models page, then thrown on for the caller (the job shows as failed in Hangfire).
            registry.RecordRun(new RetrainingRun(DefaultClock.Or(clock).GetUtcNow(), by, RetrainingOutcome.Failed, null, e.Message));
            throw;
        }

        registry.RecordRun(new RetrainingRun(DefaultClock.Or(clock).GetUtcNow(), by, result.Outcome, result.Version, result.Message));
        return result;
    }

    private RetrainingResult RunOnce(string by, IProgress<string>? progress)
    {
        var live = registry.Live() ?? throw new InvalidOperationException($"No model is live in '{registry.Folder}'; start the service once or promote a version.");
        var champion = registry.Load(live.Version);
        var (usable, waiting) = Usable(ReviewedExamples.Load(examplesRoot), champion.Card.Labels);
        var spotChecked = ReviewedExamples.Load(examplesRoot, ExampleSource.SpotCheck).Where(e => champion.Card.Labels.Contains(e.Label)).ToList();

        // Spot-checks are split by id like reviewed examples, so the held-out ones are an unbiased sample of the deliveries
        // (holding out only the corrections the challenger did not learn would hide most of the champion's errors from the
        // judge). The rest are trained on: a correction is a reviewed example too (SpotCheckDesk delivers it as a decision)
        // and weighs as one; a confirmation is an ordinary document of the bureau's stream and weighs 1.
        bool HeldOut(LabeledText example) => ReviewedExamples.IsHeldOut(example, options.HeldOutPercent);
        var spotCheckedIds = spotChecked.Select(e => e.ContentHash).ToHashSet(StringComparer.Ordinal);
        var reviewedIds = usable.Select(e => e.ContentHash).ToHashSet(StringComparer.Ordinal);
        var heldOut = usable.Where(e => HeldOut(e) && !spotCheckedIds.Contains(e.ContentHash)).ToList();
        var judgedSpotChecks = spotChecked.Where(HeldOut).ToList();
        var trainOn = usable.Where(e => !HeldOut(e)).Select(e => e with { Weight = options.ReviewedExampleWeight })
            .Concat(spotChecked.Where(e => !HeldOut(e) && !reviewedIds.Contains(e.ContentHash)))
            .ToList();
        var reviewedCount = usable.Count(e => !spotCheckedIds.Contains(e.ContentHash));
        if (waiting.Count > 0)
        {
            progress?.Report($"waiting for more examples before training: {string.Join(", ", waiting)}");
        }

        if (usable.Count == 0)
        {
            return Skipped("There are no reviewed examples yet.");
        }

        if (heldOut.Count < options.MinHeldOut || trainOn.Count == 0)
        {
            return Skipped($"{usable.Count} reviewed examples, {heldOut.Count} of them held out: at least {options.MinHeldOut} held-out and some to train on are needed to judge a challenger.");
        }

        progress?.Report("reading the base training data");
        var set = baseData();
        var examples = set.Examples.Concat(trainOn).ToList();
        var fingerprint = ModelTrainer.Fingerprint(examples);
        if (registry.Versions().FirstOrDefault(v => v.TrainingData.Fingerprint == fingerprint) is { } same)
        {
            return Skipped($"{same.Version} was trained on exactly these examples already; nothing new to learn.");
        }

        var weight = options.ReviewedExampleWeight.ToString(CultureInfo.InvariantCulture);
        progress?.Report($"training a challenger on {set.Examples.Count} base and {trainOn.Count} reviewed examples (each weighing {weight})");
        var challenger = (Train ?? TrainLikeChampion)(new TrainingSet(examples, set.Skipped, $"{set.Source} + {trainOn.Count} reviewed (weight {weight})"), champion.Card, progress);

        // A version is named by the second it was made in: a challenger made within the second of another version
        // (a fast retraining right after training) takes the next free second rather than failing.
        while (registry.Contains(challenger.Card.Version))
        {
            challenger = challenger with { Card = challenger.Card with { CreatedAt = challenger.Card.CreatedAt.AddSeconds(1) } };
        }

        var (sample, weights, delivered) = StreamSample(heldOut, judgedSpotChecks, spotChecked.Count, reviewedCount);
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"comparing {challenger.Card.Version} with {live.Version} on {heldOut.Count} held-out reviewed and {judgedSpotChecks.Count} spot-checked examples ({delivered:P0} of the stream delivered)"));
        var target = champion.Card.TargetPrecision;
        var championScore = StreamScore.Of(champion, sample, weights, target);
        var challengerScore = StreamScore.Of(challenger.ToClassifier(), sample, weights, target);
        var (promote, reason) = Judge(championScore, challengerScore);
        var comparison = new ChallengerComparison(
            live.Version, trainOn.Count, heldOut.Count, target, championScore, challengerScore, promote, reason, judgedSpotChecks.Count, Math.Round(delivered, 4), options.ReviewedExampleWeight);
        var version = registry.Add(challenger with { Card = challenger.Card with { Comparison = comparison, LabelNames = champion.Card.LabelNames } });
        if (promote)
        {
            registry.Promote(version, by);
        }

        return new RetrainingResult(
            promote ? RetrainingOutcome.Promoted : RetrainingOutcome.Rejected,
            version,
            comparison,
            promote ? $"{version} is live: {reason}" : $"{version} was not promoted ({live.Version} stays live): {reason}");
    }

    private static RetrainingResult Skipped(string message) => new(RetrainingOutcome.Skipped, null, null, message);

    // Reviewed examples of the champion's labels, and of added labels once they have enough of them.
    private (List<LabeledText> Usable, List<string> Waiting) Usable(IReadOnlyList<LabeledText> reviewed, IReadOnlyList<string> known)
    {
        var added = registry.AddedLabels().Select(a => a.Label).ToHashSet(StringComparer.Ordinal);
        var counts = reviewed.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var waiting = added.Where(l => !known.Contains(l) && counts.GetValueOrDefault(l) < options.MinExamplesForNewLabel)
            .Order(StringComparer.Ordinal)
            .Select(l => $"{l} ({counts.GetValueOrDefault(l)} of {options.MinExamplesForNewLabel})")
            .ToList();
        var usable = reviewed.Where(e => known.Contains(e.Label) || (added.Contains(e.Label) && counts[e.Label] >= options.MinExamplesForNewLabel)).ToList();
        return (usable, waiting);
    }

    private (bool Promote, string Reason) Judge(HeldOutScore champion, HeldOutScore challenger)
    {
        var f1 = string.Create(CultureInfo.InvariantCulture, $"macro-F1 {challenger.MacroF1:F3} vs {champion.MacroF1:F3}");
        var automation = string.Create(CultureInfo.InvariantCulture, $"automation at target precision {challenger.AutomationAtTarget:P1} vs {champion.AutomationAtTarget:P1}");
        if (challenger.MacroF1 < champion.MacroF1 - options.Tolerance)
        {
            return (false, $"worse on the stream: {f1} ({automation}).");
        }

        return challenger.AutomationAtTarget < champion.AutomationAtTarget - options.Tolerance
            ? (false, $"worse on the stream: {automation} ({f1}).")
            : (true, $"not worse on the stream: {f1}, {automation}.");
    }

    // The held-out reviewed examples stand for the documents that went to review, the judged spot-checks for those delivered:
    // reviewers spot-check SpotCheckPercent of deliveries, so each spot-check (judged or trained on) stands for 100 / SpotCheckPercent of them.
    private (List<LabeledText> Sample, List<double> Weights, double DeliveredShare) StreamSample(List<LabeledText> heldOut, List<LabeledText> judged, int spotChecked, int reviewed)
    {
        var deliveredDocuments = spotChecked * 100 / options.SpotCheckPercent;
        var delivered = judged.Count == 0 ? 0 : deliveredDocuments / (deliveredDocuments + reviewed);
        var weights = heldOut.Select(_ => (1 - delivered) / heldOut.Count).Concat(judged.Select(_ => delivered / judged.Count)).ToList();
        return ([.. heldOut, .. judged], weights, delivered);
    }

    // The champion's trainer, features and target precision: retraining changes the data, not the recipe (so it costs
    // the cross-validation that calibrates and sets thresholds, not a search).
    private TrainedModel TrainLikeChampion(TrainingSet set, ModelCard champion, IProgress<string>? progress) =>
        new ModelTrainer(new TrainingOptions { TargetPrecision = champion.TargetPrecision, Trainers = [champion.Trainer], Features = champion.Features }, clock).Train(champion.Name, set, progress);
}
