using System.CommandLine;
using System.Text.Json;
using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Splitting;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier separator-sheet --out FILE.pdf [--label SLUG] [--model M]</c>: a printable A4 separator sheet.
/// A label must be one of the model's labels (when its card is found) and always a slug. With <c>--patch-t</c>, a Kodak
/// patch T sheet instead (read only with Splitting:PatchCodes on; it names no label).
/// </summary>
internal static class SeparatorSheetCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The PDF to write.", Required = true };
        var label = new Option<string?>("--label") { Description = "The label of the document behind the sheet, e.g. house-tax-relief (a hint for the classifier)." };
        var model = new Option<string?>("--model") { Description = $"The model whose labels --label is checked against (default: models/{ModelLocator.DefaultFileName})." };
        var patch = new Option<bool>("--patch-t") { Description = "Write a Kodak patch T sheet instead (split at only with Splitting:PatchCodes set to true)." };
        var command = new Command("separator-sheet", "Write a printable separator sheet: put one on top of each document of a scanned stack.") { output, label, model, patch };
        command.SetAction((result, _) =>
        {
            var console = result.InvocationConfiguration;
            var slug = result.GetValue(label);
            if (result.GetValue(patch))
            {
                return Task.FromResult(WritePatchSheet(console, result.GetValue(output)!, slug));
            }

            if (slug is not null && Problem(slug, result.GetValue(model)) is { } problem)
            {
                console.Error.WriteLine($"error: {problem}");
                return Task.FromResult(2);
            }

            var file = result.GetValue(output)!;
            file.Directory?.Create();
            File.WriteAllBytes(file.FullName, SeparatorSheetWriter.Write(slug));
            console.Output.WriteLine($"{file.FullName}: separator sheet{(slug is null ? string.Empty : $" for {slug}")}; print it at 100 %.");
            return Task.FromResult(0);
        });
        return command;
    }

    private static int WritePatchSheet(InvocationConfiguration console, FileInfo file, string? slug)
    {
        if (slug is not null)
        {
            console.Error.WriteLine("error: a patch T sheet names no label; leave out --label.");
            return 2;
        }

        file.Directory?.Create();
        File.WriteAllBytes(file.FullName, PatchSheetWriter.Write());
        console.Output.WriteLine($"{file.FullName}: patch T sheet (split at with Splitting:PatchCodes = true); print it at 100 %.");
        return 0;
    }

    private static string? Problem(string slug, string? modelPath)
    {
        if (!SeparatorCode.IsSlug(slug))
        {
            return $"--label '{slug}' is not a label slug (lower-case letters and digits joined by hyphens, e.g. house-tax-relief).";
        }

        var card = ModelFiles.CardPath(ModelLocator.Resolve(modelPath));
        if (!File.Exists(card))
        {
            return modelPath is null ? null : $"the model card {card} does not exist.";
        }

        var labels = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(card), JsonFiles.Options)?.Labels ?? [];
        return labels.Contains(slug, StringComparer.Ordinal)
            ? null
            : $"--label '{slug}' is not a label of the model (its labels: {string.Join(", ", labels)}).";
    }
}
