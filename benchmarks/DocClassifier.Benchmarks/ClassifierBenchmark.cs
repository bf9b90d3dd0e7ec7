using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Training time, prediction latency and macro-F1 of our classifier next to a TF-IDF + logistic
/// regression baseline (scikit-learn) trained and tested on exactly the same texts.
/// </summary>
internal static class ClassifierBenchmark
{
    public static int Run(string trainFolder, string testFolder, string cache)
    {
        var loader = new TrainingSetLoader(() => throw new InvalidOperationException("benchmark data must be .txt or cached"), new TextCache(cache));
        var train = loader.Load(trainFolder);
        var test = loader.Load(testFolder);
        Console.WriteLine($"train: {train.Examples.Count} documents, test: {test.Examples.Count} documents");

        var watch = Stopwatch.StartNew();
        var model = new ModelTrainer(new TrainingOptions()).Train("benchmark", train);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var classifier = model.ToClassifier();
        var prepared = test.Examples.Select(e => ClassifierText.Prepare(e.Text)).ToList();
        _ = classifier.Predict(prepared[0]);
        watch.Restart();
        foreach (var text in prepared)
        {
            _ = classifier.Predict(text);
        }

        var predictMs = watch.Elapsed.TotalMilliseconds / prepared.Count;
        var metrics = ModelEvaluator.Evaluate(classifier, test);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours ({model.Card.Trainer}, incl. cross-validation of {model.Card.TrainersCompared.Count} trainers): train {trainSeconds:F1} s, predict {predictMs:F3} ms/doc, macro-F1 {metrics.MacroF1:F4}, accuracy {metrics.Accuracy:P1}, automation {metrics.AutomationRate:P1} at {metrics.AutomatedPrecision:P1} precision"));

        var folder = Directory.CreateTempSubdirectory("docclassifier-baseline-").FullName;
        try
        {
            var trainCsv = WriteCsv(Path.Combine(folder, "train.csv"), train);
            var testCsv = WriteCsv(Path.Combine(folder, "test.csv"), test);
            var baseline = RunBaseline(trainCsv, testCsv);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scikit-learn TF-IDF + logistic regression: train {baseline.GetProperty("train_seconds").GetDouble():F1} s, predict {baseline.GetProperty("predict_ms_per_doc").GetDouble():F3} ms/doc (batch), macro-F1 {baseline.GetProperty("macro_f1").GetDouble():F4}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    // Both sides see the same prepared text (NFKC, lower case, digits as 0).
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
}
