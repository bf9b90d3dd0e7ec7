using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Evaluation;
using DocClassifier.Extraction;
using DocClassifier.Learning;
using DocClassifier.Training;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier evaluate --model M --data DIR [--json] [--report FILE.html]</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = $"The model (default: models/{ModelLocator.DefaultFileName})." };
        var data = new Option<string>("--data") { Description = "Labelled documents: a folder with one subfolder per label (or a labels.csv), or a CSV of text,label.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON." };
        var report = new Option<string?>("--report") { Description = "Write an HTML report (confusion heat map, reliability plot) to this file." };
        var cache = new Option<string?>("--cache") { Description = "Folder for the extracted-text cache." };
        var holdOut = new Option<bool>("--leave-one-template-out")
        {
            Description = "Instead of measuring the model: train its configuration once per template fold of a generated --data folder (labels.csv names each document's template), each time without one template of every label that has that many, and score the held-out documents.",
        };
        var command = new Command("evaluate", "Measure a model on labelled documents at its thresholds.") { model, data, json, report, cache, holdOut };
        command.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            try
            {
                var classifier = MlNetDocumentClassifier.Load(ModelLocator.Resolve(result.GetValue(model)));
                var set = DocumentLoading.Load(result.GetValue(data)!, result.GetValue(cache), new ExtractionOptions(), result.GetValue(json) ? TextWriter.Null : console.Output, cancellationToken);
                if (result.GetValue(holdOut))
                {
                    var options = new TrainingOptions { Trainers = [classifier.Card.Trainer], TargetPrecision = classifier.Card.TargetPrecision };
                    var progress = new ImmediateProgress<string>(line => (result.GetValue(json) ? TextWriter.Null : console.Output).WriteLine(line));
                    var folds = TemplateHoldOut.Evaluate(set, TemplateHoldOut.ReadTemplates(result.GetValue(data)!), options, progress);
                    console.Output.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(folds, JsonOutput.Options) : HoldOutSummary(folds));
                    return Task.FromResult(0);
                }

                var metrics = ModelEvaluator.Evaluate(classifier, set);
                if (result.GetValue(report) is { } reportPath)
                {
                    File.WriteAllText(reportPath, HtmlReportWriter.Render(metrics, classifier.Card, set.Source));
                }

                console.Output.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(metrics, JsonOutput.Options) : Summary(metrics));
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is TrainingDataException or FileNotFoundException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static string HoldOutSummary(TemplateHoldOutResult r)
    {
        var lines = r.Folds.Select((f, i) => $"fold {i + 1}: {Line(f.Score)}").ToList();
        lines.Add($"leave-one-template-out, all held-out documents: {Line(r.Pooled)}");
        return string.Join(Environment.NewLine, lines);

        static string Line(TemplateScore s) => string.Create(
            CultureInfo.InvariantCulture,
            $"documents {s.Documents}  accuracy {s.Accuracy:P1}  macro-F1 {s.MacroF1:F3}  delivered {s.Delivered:P1} at precision {s.DeliveredPrecision:P1}  automation at 98 % {s.AutomationAt98:P1}  out-of-scope delivered {s.OutOfScopeDelivered:P1} of {s.OutOfScopeDocuments}");
    }

    private static string Summary(EvaluationMetrics m)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"documents {m.Documents}  accuracy {m.Accuracy:P1}  macro-F1 {m.MacroF1:F3}  automation {m.AutomationRate:P1}  precision of automated {m.AutomatedPrecision:P1}"),
            $"{"label",-40} {"precision",9} {"recall",7} {"F1",6} {"n",5}",
        };
        lines.AddRange(m.PerClass.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label,-40} {c.Precision,9:F3} {c.Recall,7:F3} {c.F1,6:F3} {c.Support,5}")));
        return string.Join(Environment.NewLine, lines);
    }
}
