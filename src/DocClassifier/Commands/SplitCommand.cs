using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocClassifier.Extraction;
using DocClassifier.Splitting;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier split FILE [--json]</c>: the split the service would make of a scanned stack: its parts with their
/// page ranges (from 1), how each boundary was found (separator sheet, blank page, page model), the label a separator sheet
/// names, and the confidence; for the page model, each page's probability of beginning a document.
/// Uses the <c>Splitting</c> settings of appsettings.json.
/// </summary>
internal static class SplitCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A multi-page PDF or TIFF." };
        var json = new Option<bool>("--json") { Description = "Print the split as JSON." };
        var blank = new Option<bool?>("--blank-pages") { Description = "Also split at blank pages (default: Splitting:BlankPages)." };
        var command = new Command("split", "Show where a scanned stack would be split into documents.") { file, json, blank };
        command.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            // Warnings only: the JSON on standard output is for scripts (loading the page model's classifier logs).
            KeyValuePair<string, string?> quiet = new("Logging:LogLevel:Default", "Warning");
            using var host = ServiceHost.CreateCommandHost(result.GetValue(blank) is { } blanks ? [quiet, new("Splitting:BlankPages", blanks ? "true" : "false")] : [quiet]);
            var path = result.GetValue(file)!.FullName;
            StackSplit split;
            try
            {
                split = host.Services.GetRequiredService<IStackSplitter>().Split(path, cancellationToken);
            }
            catch (ExtractionException e)
            {
                console.Error.WriteLine($"{Path.GetFileName(path)}: {e.Code}: {e.Message}");
                return Task.FromResult(1);
            }

            if (result.GetValue(json))
            {
                console.Output.WriteLine(JsonSerializer.Serialize(split, JsonOutput.Options));
                return Task.FromResult(0);
            }

            var name = Path.GetFileName(path);
            console.Output.WriteLine(split switch
            {
                { IsSplit: true, Dropped.Count: > 0 } => $"{name}: {split.PageCount} pages, {split.Parts.Count} documents; pages dropped: {string.Join(", ", split.Dropped.Select(d => $"{d.Number} ({Describe(d)})"))}",
                { IsSplit: true } => $"{name}: {split.PageCount} pages, {split.Parts.Count} documents found by the page model.",
                { Uncertain.Count: > 0 } => $"{name}: {split.PageCount} pages, no separators; the page model is unsure of pages {string.Join(", ", split.Uncertain.Select(Describe))}: one document.",
                { Boundaries.Count: > 0 } => $"{name}: {split.PageCount} pages, no separators; the page model finds one document.",
                _ => $"{name}: {split.PageCount} pages, no separators: one document.",
            });
            foreach (var part in split.Parts)
            {
                var label = part.SheetLabel is null ? string.Empty : $", sheet says {part.SheetLabel}";
                console.Output.WriteLine($"  part {part.Number}: pages {part.Pages} ({Describe(part.Boundary)}{label}, confidence {part.Confidence:0.00})");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static string Describe(StackPage page) => page.Kind switch
    {
        PageKind.SeparatorSheet => page.Label is null ? "separator sheet" : $"separator sheet: {page.Label}",
        PageKind.PatchSheet => "patch T sheet",
        _ => "blank page",
    };

    private static string Describe(PageBoundary boundary) => string.Create(CultureInfo.InvariantCulture, $"{boundary.Page} ({boundary.Probability:0.00})");

    private static string Describe(BoundaryKind boundary) => boundary switch
    {
        BoundaryKind.SeparatorSheet => "after a separator sheet",
        BoundaryKind.BlankPage => "after a blank page",
        BoundaryKind.PatchSheet => "after a patch T sheet",
        BoundaryKind.PageModel => "first page, by the page model",
        _ => "start of the stack",
    };
}
