using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocClassifier.Classification;
using DocClassifier.Routing;
using DocClassifier.Training;

namespace DocClassifier.Evaluation;

/// <summary>
/// Leave-one-template-out: fold k trains on every document except those of each label's k-th
/// template (a label with fewer than k templates keeps them all) and classifies the held-out ones,
/// so a score says how the model does on a layout and wording it never saw, as with documents
/// someone else made. Documents keep their own fold model's thresholds and are routed by the
/// service's policy (an out-of-scope prediction is reviewed).
/// </summary>
public static class TemplateHoldOut
{
    /// <summary>The template column of a generated corpus's labels.csv (<c>samples generate</c>).</summary>
    public const string TemplateColumn = "layout";

    /// <summary>Each document's template ("label/layout"), keyed by its full path, from the folder's labels.csv.</summary>
    public static Dictionary<string, string> ReadTemplates(string folder)
    {
        var manifest = Path.Combine(folder, "labels.csv");
        if (!File.Exists(manifest))
        {
            throw new TrainingDataException($"'{folder}' has no labels.csv naming each document's template; write one with 'docclassifier samples generate'.");
        }

        using var reader = new StreamReader(manifest);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        csv.Read();
        csv.ReadHeader();
        if (csv.HeaderRecord?.Contains(TemplateColumn, StringComparer.OrdinalIgnoreCase) != true)
        {
            throw new TrainingDataException($"The labels.csv of '{folder}' has no '{TemplateColumn}' column naming each document's template.");
        }

        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            templates[Path.GetFullPath(Path.Combine(folder, csv.GetField("file")!))] = $"{csv.GetField("label")}/{csv.GetField(TemplateColumn)}";
        }

        return templates;
    }

    public static TemplateHoldOutResult Evaluate(TrainingSet set, IReadOnlyDictionary<string, string> templateOf, TrainingOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(templateOf);
        var template = set.Examples.ToDictionary(e => e, e => templateOf.GetValueOrDefault(Path.GetFullPath(e.Source))
            ?? throw new TrainingDataException($"labels.csv names no template for '{e.Source}'."));
        var perLabel = set.Examples.GroupBy(e => e.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => template[e]).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        if (perLabel.FirstOrDefault(p => p.Value.Count < 2) is { Key: not null } single)
        {
            throw new TrainingDataException($"'{single.Key}' has only one template; leaving it out would leave nothing to learn it from.");
        }

        var labels = perLabel.Keys.Order(StringComparer.Ordinal).ToList();
        var foldCount = perLabel.Values.Max(t => t.Count);
        var folds = new List<TemplateFold>();
        var pooled = new List<(string TrueLabel, ClassificationResult Result, RoutingVerdict Verdict)>();
        for (var k = 0; k < foldCount; k++)
        {
            // A label with fewer templates than the most has none held out in the last folds: every template is held out
            // once and every document scored once (out of scope has more layouts than a tax class).
            var heldOut = perLabel.Values.Where(t => k < t.Count).Select(t => t[k]).ToHashSet(StringComparer.Ordinal);
            var training = set with { Examples = [.. set.Examples.Where(e => !heldOut.Contains(template[e]))] };
            var test = set.Examples.Where(e => heldOut.Contains(template[e])).ToList();
            progress?.Report($"fold {k + 1}/{foldCount}: training on {training.Examples.Count} documents, holding out {test.Count} ({string.Join(", ", heldOut.Order(StringComparer.Ordinal))})");
            var classifier = new ModelTrainer(options).Train($"hold-out-{k + 1}", training).ToClassifier();
            var results = test.AsParallel().AsOrdered().Select(e =>
            {
                var (scores, verdict) = ModelEvaluator.Route(classifier, e.Text);
                return (e.Label, scores, verdict);
            }).ToList();
            pooled.AddRange(results);
            folds.Add(new TemplateFold([.. heldOut.Order(StringComparer.Ordinal)], training.Examples.Count, Score(results, labels)));
        }

        return new TemplateHoldOutResult(folds, Score(pooled, labels));
    }

    private static TemplateScore Score(IReadOnlyList<(string TrueLabel, ClassificationResult Result, RoutingVerdict Verdict)> results, IReadOnlyList<string> labels)
    {
        // Delivered documents carry confidence 1 and reviewed ones 0, so "automated" below is what the routing delivered.
        var routed = results.Select(r => new ScoredDocument(r.TrueLabel, r.Result.Label, r.Verdict.Decision == RoutingDecision.Deliver ? 1 : 0)).ToList();
        var metrics = MetricsCalculator.Compute(routed, labels, labels.ToDictionary(l => l, _ => 0.5, StringComparer.Ordinal));
        var raw = results.Select(r => new ScoredDocument(r.TrueLabel, r.Result.Label, r.Verdict.WhateverTheConfidence ? 0 : r.Result.Confidence)).ToList();
        var unrelated = results.Where(r => r.TrueLabel == OutOfScope.Label).ToList();
        return new TemplateScore(
            results.Count,
            metrics.Accuracy,
            metrics.MacroF1,
            metrics.AutomationRate,
            metrics.AutomatedPrecision,
            MetricsCalculator.AutomationAtPrecision(raw, 0.98),
            unrelated.Count,
            unrelated.Count == 0 ? 0 : unrelated.Count(r => r.Verdict.Decision == RoutingDecision.Deliver) / (double)unrelated.Count);
    }
}
