using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        var command = new Command("train", "Train a classifier on labelled documents and write it with its model card.") { data, output, precision, cache };
        command.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            try
            {
                var set = DocumentLoading.Load(result.GetValue(data)!, result.GetValue(cache), new ExtractionOptions(), console.Output, cancellationToken);
                var path = result.GetValue(output)!;
                var trainer = new ModelTrainer(new TrainingOptions { TargetPrecision = result.GetValue(precision) });
                var watch = Stopwatch.StartNew();
                var processor = Environment.CpuUsage.TotalTime;
                var model = trainer.Train(Path.GetFileNameWithoutExtension(path), set, new ImmediateProgress<string>(console.Output.WriteLine));
                console.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"training took {watch.Elapsed.TotalSeconds:F0} s ({(Environment.CpuUsage.TotalTime - processor).TotalSeconds:F0} s of processor time) for {set.Examples.Count} documents"));
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
}
