using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// The learning curve of a bureau that starts with our model: the base model is trained on generated documents of one
/// family of templates (plus out-of-scope ones); the bureau's documents come from the other family (by default the
/// layouts composed from parts, as the base knows only the classes' hand-written templates), with another seed, as OCR
/// might read them. The bureau's stream passes the live model: what it sends to
/// review a reviewer decides, a share of what it delivers a reviewer spot-checks. After every k reviewed documents a
/// class, <see cref="Retrainer"/> retrains exactly as the service does, and the live model is measured on fresh
/// documents of the bureau (never reviewed).
/// </summary>
internal static class ColdStartBenchmark
{
    private const int BaseSeed = 1;
    private const int StreamSeed = 2;
    private const int FreshSeed = 3;

    public static Command Command()
    {
        var basePerClass = new Option<int>("--base-per-class") { Description = "Base documents a class (composed templates).", DefaultValueFactory = _ => 80 };
        var freshPerClass = new Option<int>("--fresh-per-class") { Description = "Fresh bureau documents a class to measure on.", DefaultValueFactory = _ => 30 };
        var steps = new Option<int[]>("--steps") { Description = "Reviewed documents a class after which to retrain and measure.", DefaultValueFactory = _ => [0, 5, 10, 20], AllowMultipleArgumentsPerToken = true };
        var weights = new Option<double[]>("--weights") { Description = "Weights of reviewed examples to compare (Learning:ReviewedExampleWeight).", DefaultValueFactory = _ => [1, 5], AllowMultipleArgumentsPerToken = true };
        var bureau = new Option<string>("--bureau") { Description = "The bureau's template family: composed or hand-written (the base is trained on the other).", DefaultValueFactory = _ => SampleDocument.ComposedFamily };
        bureau.AcceptOnlyFromAmong(SampleDocument.ComposedFamily, SampleDocument.HandWrittenFamily);
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "Keep the registries and examples in this folder (default: a temporary one, deleted)." };
        var command = new Command("cold-start", "Learning curve of a bureau whose templates the base model never saw: automation at 98 % after k reviewed documents a class, retrained as the service does.")
        {
            basePerClass, freshPerClass, steps, weights, bureau, keep,
        };
        command.SetAction(r => Run(r.GetValue(basePerClass), r.GetValue(freshPerClass), r.GetValue(steps)!, r.GetValue(weights)!, r.GetValue(bureau) == SampleDocument.ComposedFamily, r.GetValue(keep)?.FullName));
        return command;
    }

    public static int Run(int basePerClass, int freshPerClass, IReadOnlyList<int> steps, IReadOnlyList<double> weights, bool bureauComposed, string? keep)
    {
        var (baseFamily, bureauFamily) = bureauComposed
            ? (SampleDocument.HandWrittenFamily, SampleDocument.ComposedFamily)
            : (SampleDocument.ComposedFamily, SampleDocument.HandWrittenFamily);
        var baseSet = new TrainingSet(Documents(SampleLabels.WithOutOfScope, basePerClass, BaseSeed, !bureauComposed), [], $"{baseFamily} templates, seed {BaseSeed}");
        var fresh = Documents(SampleLabels.All, freshPerClass, FreshSeed, bureauComposed);
        Console.WriteLine($"base: {baseSet.Examples.Count} documents of the {baseFamily} templates ({basePerClass} a class, {SampleLabels.WithOutOfScope.Count} classes with out-of-scope, OCR noise, seed {BaseSeed})");
        Console.WriteLine($"bureau: the {bureauFamily} templates; stream seed {StreamSeed}, fresh test {fresh.Count} documents (seed {FreshSeed}, {freshPerClass} a class)");
        var watch = Stopwatch.StartNew();
        var baseModel = new ModelTrainer(new TrainingOptions()).Train("bureau", baseSet);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"base model: {baseModel.Card.Trainer}, trained in {watch.Elapsed.TotalSeconds:F0} s"));
        var root = keep ?? Path.Combine(Path.GetTempPath(), "docclassifier-cold-start-" + Environment.ProcessId);
        try
        {
            foreach (var weight in weights)
            {
                Curve(baseModel, baseSet, fresh, steps, weight, bureauComposed, Path.Combine(root, weight.ToString(CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            if (keep is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        return 0;
    }

    private static void Curve(TrainedModel baseModel, TrainingSet baseSet, List<LabeledText> fresh, IReadOnlyList<int> steps, double weight, bool bureauComposed, string folder)
    {
        var options = new LearningOptions { ReviewedExampleWeight = weight };
        var registry = new ModelRegistry(Path.Combine(folder, "model-versions"));
        registry.Promote(registry.Add(baseModel), "benchmark");
        var examples = Path.Combine(folder, "training-examples");
        var retrainer = new Retrainer(registry, examples, () => baseSet, options);
        var stream = new BureauStream(examples, options.SpotCheckPercent, StreamSeed, bureauComposed);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reviewed examples weigh {weight} (spot-checks: {options.SpotCheckPercent} % of deliveries)"));
        Console.WriteLine("| reviewed a class | reviewed | spot-checked (corrections) | retraining | automation at 98 % | delivered (thresholds) | precision of delivered | accuracy | seconds |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var k in steps)
        {
            var watch = Stopwatch.StartNew();
            var outcome = "base model";
            if (k > 0)
            {
                stream.ReviewUntil(registry.Load(registry.Live()!.Version), k);
                var result = retrainer.Run("benchmark");
                outcome = result.Comparison is { } c
                    ? string.Create(CultureInfo.InvariantCulture, $"{result.Outcome.ToString().ToLowerInvariant()} (stream {c.DeliveredShare:P0} delivered: automation {c.ChallengerScore.AutomationAtTarget:P1} vs {c.ChampionScore.AutomationAtTarget:P1})")
                    : result.Outcome.ToString().ToLowerInvariant();
            }

            var live = registry.Load(registry.Live()!.Version);
            var scored = ModelEvaluator.Score(live, fresh);
            var metrics = MetricsCalculator.Compute(scored, live.Card.Labels, live.Card.Thresholds);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {k} | {stream.Reviewed} | {stream.SpotChecked} ({stream.Corrected}) | {outcome} | {MetricsCalculator.AutomationAtPrecision(scored, live.Card.TargetPrecision):P1} | {metrics.AutomationRate:P1} | {metrics.AutomatedPrecision:P1} | {metrics.Accuracy:P1} | {watch.Elapsed.TotalSeconds:F0} |"));
        }
    }

    // perClass documents of each label from one family of templates, as OCR might read them, grouped by template.
    internal static List<LabeledText> Documents(IReadOnlyList<string> labels, int perClass, int seed, bool composed) =>
        labels.SelectMany(label => Family(label, seed, composed).Take(perClass)).ToList();

    internal static IEnumerable<LabeledText> Family(string label, int seed, bool composed)
    {
        for (var i = 1; ; i++)
        {
            var document = CorpusGenerator.Compose(label, i, seed);
            if (document.Family == SampleDocument.OutOfScopeFamily || (document.Family == SampleDocument.ComposedFamily) == composed)
            {
                var text = document.NoisyText;
                yield return new LabeledText($"{label}-{seed}-{i}", text, label, Hash(text), document.Layout);
            }
        }
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
