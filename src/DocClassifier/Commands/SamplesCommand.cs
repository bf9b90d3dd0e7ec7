using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier samples generate --out DIR</c>: writes a labelled synthetic corpus.</summary>
internal static class SamplesCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write <label>/<label>-NNNN.<ext> and labels.csv into.", Required = true };
        var perClass = new Option<int>("--per-class") { Description = "Documents per class (12 classes, 13 with --out-of-scope).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed writes the same corpus.", DefaultValueFactory = _ => 1 };
        var textOnly = new Option<bool>("--text-only") { Description = "Write only each document's ground-truth text (.txt), not rendered files; fast, for training." };
        var ocrNoise = new Option<bool>("--ocr-noise") { Description = "With --text-only: write each text as OCR might read it (look-alike characters, dropped characters, ASCII punctuation, table rules)." };
        var outOfScope = new Option<bool>("--out-of-scope") { Description = $"Also write an {SampleLabels.OutOfScope}/ folder of unrelated documents (English letters, news, ads, receipts, near-blank pages, lone ID-card copies)." };
        var generate = new Command("generate", "Generate a synthetic labelled corpus of tax documents in a real inbox's mix of formats.")
        {
            output, perClass, seed, textOnly, ocrNoise, outOfScope,
        };
        generate.Validators.Add(result =>
        {
            if (result.GetValue(perClass) < 1)
            {
                result.AddError("--per-class must be at least 1.");
            }

            if (result.GetValue(ocrNoise) && !result.GetValue(textOnly))
            {
                result.AddError("--ocr-noise needs --text-only: rendered documents get their noise from the scan and the OCR.");
            }
        });
        generate.SetAction(result => Run(
            result.GetValue(output)!,
            result.GetValue(perClass),
            result.GetValue(seed),
            result.GetValue(textOnly),
            new CorpusOptions { OcrNoise = result.GetValue(ocrNoise), OutOfScope = result.GetValue(outOfScope) },
            result.InvocationConfiguration));

        return new Command("samples", "Synthetic sample documents.") { generate };
    }

    private static int Run(DirectoryInfo output, int perClass, int seed, bool textOnly, CorpusOptions options, InvocationConfiguration console)
    {
        var total = perClass * CorpusGenerator.Labels(options).Count;
        var clock = Stopwatch.StartNew();
        var entries = ConsoleProgress.Run(console.Output, "writing documents", progress => textOnly
            ? CorpusGenerator.GenerateText(output.FullName, perClass, seed, options, progress.Counting(total))
            : CorpusGenerator.Generate(output.FullName, perClass, seed, options, progress.Counting(total)));

        foreach (var group in entries.GroupBy(e => e.Format).OrderBy(g => g.Key))
        {
            var bytes = group.Sum(e => e.Bytes);
            console.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {group.Key.Slug(),-12} {group.Count(),6} files {Size(bytes),10}  (average {Size(bytes / group.Count())})"));
        }

        console.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {"total",-12} {entries.Count,6} files {Size(entries.Sum(e => e.Bytes)),10}  in {clock.Elapsed.TotalSeconds:0.0} s -> {Path.Combine(output.FullName, CorpusGenerator.LabelsFileName)}"));
        return 0;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };
}
