using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocClassifier.Extraction;
using DocClassifier.Learning;
using DocClassifier.Training;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier train --data DIR --out models/NAME.zip</c>.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A folder with one subfolder per label (or a labels.csv), or a CSV of text,label.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (NAME.zip; NAME.card.json goes beside it).", Required = true };
        var precision = new Option<double>("--target-precision") { Description = "Precision that delivered documents must reach (default 0.98).", DefaultValueFactory = _ => 0.98 };
        var cache = new Option<string?>("--cache") { Description = "Folder for the extracted-text cache (default: the user's local data folder)." };
        var budget = new Option<double>("--time-budget")
        {
            Description = "Wall-time seconds the recipe search may spend before it stops trying candidates (default 90, about 2 minutes for 2,000 documents on two cores). What a busy machine cuts is recorded on the card; give more for a model that must not depend on the machine's load.",
            DefaultValueFactory = _ => new TrainingOptions().TimeBudget.TotalSeconds,
        };
        budget.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or double.NaN)
            {
                r.AddError("--time-budget must be zero or more seconds.");
            }
        });
        var names = new Option<string?>("--label-names")
        {
            Description = "A JSON file of readable label names ({\"stamp-tax\": \"印花稅\", ...}) for the card; the review pages show them.",
        };
        var command = new Command("train", "Train a classifier on labelled documents and write it with its model card.") { data, output, precision, cache, budget, names };
        command.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            try
            {
                var labelNames = ReadLabelNames(result.GetValue(names));
                var set = DocumentLoading.Load(result.GetValue(data)!, result.GetValue(cache), new ExtractionOptions(), console.Output, cancellationToken);
                var path = result.GetValue(output)!;
                var trainer = new ModelTrainer(new TrainingOptions { TargetPrecision = result.GetValue(precision), TimeBudget = TimeSpan.FromSeconds(result.GetValue(budget)) });
                var watch = Stopwatch.StartNew();
                var processor = Environment.CpuUsage.TotalTime;
                var model = trainer.Train(Path.GetFileNameWithoutExtension(path), set, new ImmediateProgress<string>(console.Output.WriteLine));
                console.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"training took {watch.Elapsed.TotalSeconds:F0} s ({(Environment.CpuUsage.TotalTime - processor).TotalSeconds:F0} s of processor time) for {set.Examples.Count} documents"));
                if (labelNames is not null)
                {
                    model = model with { Card = model.Card with { LabelNames = labelNames.Where(n => model.Card.Labels.Contains(n.Key)).ToDictionary(StringComparer.Ordinal) } };
                }

                model.Save(path);
                var card = model.Card;
                console.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Saved {path} ({card.Trainer} on {card.Features}; cross-validated accuracy {card.CrossValidation.Accuracy:P1}, macro-F1 {card.CrossValidation.MacroF1:F3}, automation {card.CrossValidation.AutomationRate:P1} at {card.CrossValidation.AutomatedPrecision:P1} precision, expected calibration error {card.CrossValidation.ExpectedCalibrationError:F3}; search {card.Search?.Seconds:F0} s)."));
                return Task.FromResult(0);
            }
            catch (TrainingDataException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static Dictionary<string, string>? ReadLabelNames(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
                ?? throw new TrainingDataException($"{path} holds no label names.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new TrainingDataException($"cannot read the label names in {path}: {e.Message}");
        }
    }
}
