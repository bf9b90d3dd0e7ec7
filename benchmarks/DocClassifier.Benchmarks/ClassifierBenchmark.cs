using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Our classifier next to scikit-learn's reference recipe (TF-IDF word 1-2 + char_wb 2-4, sublinear tf,
/// min_df 2, logistic regression C=10) on exactly the same texts: a train/test pair, a stratified held-out
/// split of one folder (ours tunes only by cross-validation on the rest), or k-fold cross-validation
/// on the same folds for both.
/// </summary>
internal static class ClassifierBenchmark
{
    private const double Target = 0.98;

    private static ServedModel Serving { get; set; }

    private static double? RaceMargin { get; set; }

    /// <summary>Where cross-validation writes our out-of-fold predictions (CSV), or null.</summary>
    private static string? OutOfFoldPath { get; set; }

    public static int Run(string trainFolder, string? testFolder, double heldOut, int folds, string cache, ServedModel serving = ServedModel.Refit, string? servingCheck = null, bool noRace = false, bool tuningPart = false, string? outOfFold = null)
    {
        Serving = serving;
        OutOfFoldPath = outOfFold;
        RaceMargin = noRace ? null : new TrainingOptions().RaceMargin;
        var loader = new TrainingSetLoader(() => throw new InvalidOperationException("benchmark data must be .txt or cached"), new TextCache(cache));
        var data = loader.Load(trainFolder);
        if (testFolder is not null)
        {
            Compare(data, loader.Load(testFolder), $"train {trainFolder}, test {testFolder}");
        }

        if (heldOut > 0 && tuningPart)
        {
            // Only the tuning part: the held-out documents are not read.
            CrossValidate(Split(data, heldOut).Train, Math.Max(folds, 2), $"{trainFolder} (the tuning part of a {heldOut.ToString("P0", CultureInfo.InvariantCulture)} hold-out)");
            return 0;
        }

        if (heldOut > 0 && servingCheck is not null)
        {
            // Only the tuning part: the held-out documents are not read.
            ServingCheck.Run(Split(data, heldOut).Train, servingCheck, Target, 5);
            return 0;
        }

        if (heldOut > 0)
        {
            var (train, test) = Split(data, heldOut);
            Compare(train, test, string.Create(CultureInfo.InvariantCulture, $"{trainFolder}: stratified {heldOut:P0} held out (seed 0), tuned by cross-validation on the rest"));
        }

        if (folds > 1)
        {
            CrossValidate(data, folds, trainFolder);
        }

        return 0;
    }

    private static void Compare(TrainingSet train, TrainingSet test, string what)
    {
        Console.WriteLine($"{what}: train {train.Examples.Count} documents, test {test.Examples.Count} documents");
        var (model, wall, processor) = Timed(() => new ModelTrainer(new TrainingOptions { TargetPrecision = Target, Serving = Serving, RaceMargin = RaceMargin }).Train("benchmark", train));
        var classifier = model.ToClassifier();
        var prepared = test.Examples.Select(e => ClassifierText.Prepare(e.Text)).ToList();
        _ = classifier.Predict(prepared[0]);
        var watch = Stopwatch.StartNew();
        foreach (var text in prepared)
        {
            _ = classifier.Predict(text);
        }

        var predictMs = watch.Elapsed.TotalMilliseconds / prepared.Count;
        var ours = ModelEvaluator.Evaluate(classifier, test);
        var ourScores = ModelEvaluator.Score(classifier, test.Examples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ours ({model.Card.Trainer} on {model.Card.Features}, served: {model.Card.Served}): train {wall:F1} s wall, {processor:F1} s processor, predict {predictMs:F3} ms/doc; macro-F1 {ours.MacroF1:F4}, accuracy {ours.Accuracy:P1}; at the card's thresholds ({model.Card.ThresholdChoice?.Kept}) automation {ours.AutomationRate:P1} at {ours.AutomatedPrecision:P1} precision; best single cut-off on the test set (oracle) {MetricsCalculator.AutomationAtPrecision(ourScores, Target):P1}; ECE {ours.ExpectedCalibrationError:F4}"));

        PrintSearch(model.Card);
        var baseline = Baseline(train, test);
        var scored = test.Examples.Zip(baseline.Predictions, (e, p) => new ScoredDocument(e.Label, p.Label, p.Confidence)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  scikit-learn: train {baseline.TrainSeconds:F1} s, predict {baseline.PredictMs:F3} ms/doc (batch); macro-F1 {baseline.MacroF1:F4}; best single cut-off on the test set (oracle) {MetricsCalculator.AutomationAtPrecision(scored, Target):P1}; ECE {MetricsCalculator.ExpectedCalibrationError(scored):F4}"));
    }

    // The same stratified folds for both: ours reports its kept recipe's out-of-fold predictions (chosen on these folds), the baseline is fitted per fold.
    private static void CrossValidate(TrainingSet data, int folds, string folder)
    {
        Console.WriteLine($"{folder}: {folds}-fold stratified cross-validation, {data.Examples.Count} documents");
        var options = new TrainingOptions { TargetPrecision = Target, Folds = folds, RaceMargin = RaceMargin };
        var (model, wall, processor) = Timed(() => new ModelTrainer(options).Train("benchmark", data));
        var cv = model.Card.CrossValidation;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ours ({model.Card.Trainer} on {model.Card.Features}): search + fit {wall:F1} s wall, {processor:F1} s processor; out-of-fold macro-F1 {cv.MacroF1:F4}, accuracy {cv.Accuracy:P1}, automation {cv.AutomationRate:P1} at {cv.AutomatedPrecision:P1} precision, ECE {cv.ExpectedCalibrationError:F4}"));

        PrintSearch(model.Card);
        if (OutOfFoldPath is not null)
        {
            WriteOutOfFold(model.OutOfFold!, data, OutOfFoldPath);
        }

        var labels = data.Examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = StratifiedFolds.Assign(data.Examples.Select(e => labels.IndexOf(e.Label)).ToArray(), folds, options.Seed);
        var scored = new ScoredDocument[data.Examples.Count];
        for (var f = 0; f < folds; f++)
        {
            var inside = data.Examples.Where((_, i) => fold[i] != f).ToList();
            var outside = Enumerable.Range(0, data.Examples.Count).Where(i => fold[i] == f).ToList();
            var baseline = Baseline(new TrainingSet(inside, [], "fold"), new TrainingSet(outside.Select(i => data.Examples[i]).ToList(), [], "fold"));
            for (var k = 0; k < outside.Count; k++)
            {
                scored[outside[k]] = new ScoredDocument(data.Examples[outside[k]].Label, baseline.Predictions[k].Label, baseline.Predictions[k].Confidence);
            }
        }

        var metrics = MetricsCalculator.Compute(scored, labels, new Dictionary<string, double>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  scikit-learn, same folds: out-of-fold macro-F1 {metrics.MacroF1:F4}, accuracy {metrics.Accuracy:P1}, best single cut-off (oracle) {MetricsCalculator.AutomationAtPrecision(scored, Target):P1} at {Target:P0}, ECE {metrics.ExpectedCalibrationError:F4}"));
    }

    // One row a document: its label, its fold, our probability of each label (before calibration) and the prepared text both sides read.
    private static void WriteOutOfFold(OutOfFoldPredictions predictions, TrainingSet data, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("label");
        csv.WriteField("fold");
        foreach (var label in predictions.Labels)
        {
            csv.WriteField("p_" + label);
        }

        csv.WriteField("text");
        csv.NextRecord();
        for (var d = 0; d < predictions.Truth.Count; d++)
        {
            csv.WriteField(predictions.Labels[predictions.Truth[d]]);
            csv.WriteField(predictions.Fold[d]);
            foreach (var p in predictions.Probabilities[d])
            {
                csv.WriteField(p.ToString("R", CultureInfo.InvariantCulture));
            }

            csv.WriteField(ClassifierText.Prepare(data.Examples[d].Text));
            csv.NextRecord();
        }

        Console.WriteLine($"  out-of-fold predictions written to {path}");
    }

    // What the search tried, with its cross-validated macro-F1, and what the time budget left out.
    private static void PrintSearch(ModelCard card)
    {
        foreach (var step in card.Search?.Steps ?? [])
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step.Stage,-8} {step.Candidate}: {step.MacroF1:F4} ({step.Why})"));
        }

        foreach (var skipped in card.Search?.Skipped ?? [])
        {
            Console.WriteLine($"    not tried (time budget): {skipped}");
        }

        if (card.ThresholdChoice is { } choice)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    thresholds {choice.Kept} ({choice.Why}); on held-out folds: global {choice.Global.Automation:P1} at {choice.Global.Precision:P1}, per-label {choice.PerLabel.Automation:P1} at {choice.PerLabel.Precision:P1}, learned confidence {choice.Learned?.Automation:P1} at {choice.Learned?.Precision:P1}"));
        }
    }

    private static (TrainingSet Train, TrainingSet Test) Split(TrainingSet data, double share)
    {
        var random = new Random(0);
        var test = new HashSet<LabeledText>();
        foreach (var group in data.Examples.GroupBy(e => e.Label))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            test.UnionWith(members.Take((int)Math.Round(members.Length * share)));
        }

        return (new TrainingSet(data.Examples.Where(e => !test.Contains(e)).ToList(), [], data.Source), new TrainingSet(data.Examples.Where(test.Contains).ToList(), [], data.Source));
    }

    public static (T Result, double Wall, double Processor) Timed<T>(Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        process.Refresh();
        return (result, watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - processor).TotalSeconds);
    }

    private static BaselineResult Baseline(TrainingSet train, TrainingSet test)
    {
        var folder = Directory.CreateTempSubdirectory("docclassifier-baseline-").FullName;
        try
        {
            var output = RunBaseline(WriteCsv(Path.Combine(folder, "train.csv"), train), WriteCsv(Path.Combine(folder, "test.csv"), test));
            var predictions = output.GetProperty("predictions").EnumerateArray()
                .Select(p => (p.GetProperty("label").GetString()!, p.GetProperty("confidence").GetDouble()))
                .ToList();
            return new BaselineResult(
                output.GetProperty("macro_f1").GetDouble(), output.GetProperty("train_seconds").GetDouble(), output.GetProperty("predict_ms_per_doc").GetDouble(), predictions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Both sides see the same prepared text (NFKC, lower case, digits as 0, punctuation as spaces).
    private static string WriteCsv(string path, TrainingSet set)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("text");
        csv.WriteField("label");
        csv.NextRecord();
        foreach (var e in set.Examples)
        {
            csv.WriteField(ClassifierText.Prepare(e.Text));
            csv.WriteField(e.Label);
            csv.NextRecord();
        }

        return path;
    }

    private static JsonElement RunBaseline(string trainCsv, string testCsv)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "baseline", "tfidf_logreg.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
        foreach (var argument in new[] { script, trainCsv, testCsv })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private sealed record BaselineResult(double MacroF1, double TrainSeconds, double PredictMs, IReadOnlyList<(string Label, double Confidence)> Predictions);
}
