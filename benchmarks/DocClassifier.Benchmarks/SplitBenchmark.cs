using System.Collections.Concurrent;
using System.CommandLine;
using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Samples.Corpus;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using static System.FormattableString;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Split accuracy on generated stacks: each stack holds 2-10 generated documents of the twelve classes, scanned at
/// 200, 250 or 300 dpi, every sheet grey or black-and-white and skewed up to 5°, one separator sheet fed upside down;
/// every third stack is a TIFF. The splitter's part starts are compared with where each document truly begins.
/// </summary>
internal static class SplitBenchmark
{
    private const int Workers = 2;

    public static Command Command()
    {
        var stacks = new Option<int>("--stacks") { Description = "Generated stacks.", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Seed of the stacks (documents, scan settings).", DefaultValueFactory = _ => 1 };
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "Keep the stacks in this folder (default: a temporary folder, deleted)." };
        var noSeparators = new Option<bool>("--no-separators") { Description = "Stacks without separator sheets, of layouts the page model was not trained on: the page model's split." };
        var model = new Option<string>("--model") { Description = "The document model (for --no-separators).", DefaultValueFactory = _ => "models/tax-documents.zip" };
        var pageModel = new Option<string>("--page-model") { Description = "The page model (for --no-separators).", DefaultValueFactory = _ => "models/" + PageBoundaryModel.DefaultFileName };
        var confidence = new Option<double?>("--boundary-confidence") { Description = "Splitting:BoundaryConfidence for the service's split (for --no-separators; default the setting's own)." };
        var command = new Command("split", "Split accuracy on generated stacks with separator sheets (or without): boundary precision, recall and F1.") { stacks, seed, keep, noSeparators, model, pageModel, confidence };
        command.SetAction(r => r.GetValue(noSeparators)
            ? RunWithoutSeparators(r.GetValue(stacks), r.GetValue(seed), r.GetValue(keep)?.FullName, r.GetValue(model)!, r.GetValue(pageModel)!, r.GetValue(confidence))
            : Run(r.GetValue(stacks), r.GetValue(seed), r.GetValue(keep)?.FullName));
        return command;
    }

    /// <summary>
    /// Stacks of documents with no separator sheets, every document of a layout the page model never trained on
    /// (<see cref="StackDocuments.IsHeldOut"/>), read by OCR as the service reads them. Reports the split the service
    /// makes (a stack with an uncertain page stays whole) and the model's best guess (cut at 0.5) beside it.
    /// </summary>
    public static int RunWithoutSeparators(int count, int seed, string? keep, string modelPath, string pageModelPath, double? boundaryConfidence = null)
    {
        return InFolder(keep, root =>
        {
            var all = GenerateAll(root, count, seed, separators: false);
            var options = new SplittingOptions();
            options.BoundaryConfidence = boundaryConfidence ?? options.BoundaryConfidence;
            using var extraction = new DocumentExtraction(new ExtractionOptions { MaxEngines = Workers });
            var splitter = new PageBoundarySplitter(extraction.Extractor, MlNetDocumentClassifier.Load(modelPath), PageBoundaryModel.Load(pageModelPath), options);
            var boundaries = new ConcurrentDictionary<string, IReadOnlyList<PageBoundary>>();
            var splitting = Timing.Seconds(() => Parallel.ForEach(all, new ParallelOptions { MaxDegreeOfParallelism = Workers }, s =>
                boundaries[s.Path] = splitter.Split(s.Path).Boundaries));
            foreach (var (name, cut) in new[] { ("page model, as the service splits", options.BoundaryConfidence), ("page model, best guess (cut at 0.5)", 0.5) })
            {
                var found = new ConcurrentDictionary<string, IReadOnlySet<int>>(boundaries.ToDictionary(
                    kv => kv.Key,
                    kv => (IReadOnlySet<int>)PageBoundarySplitter.Decide(all.First(s => s.Path == kv.Key).Pages, kv.Value, cut).Parts.Skip(1).Select(p => p.FirstPage).ToHashSet()));
                Report(name, all, found, splitting);
            }

            var uncertain = boundaries.Values.Count(b => b.Any(p => p.Probability < options.BoundaryConfidence && p.Probability > 1 - options.BoundaryConfidence));
            Console.WriteLine(Invariant($"stacks with a page between {1 - options.BoundaryConfidence:0.00} and {options.BoundaryConfidence:0.00} (left whole; for review): {uncertain} of {all.Count}"));
            Calibration(all, boundaries);
            return 0;
        });
    }

    /// <summary>How often a page the model gives probability p really begins a document, in four bins.</summary>
    private static void Calibration(List<Stack> stacks, ConcurrentDictionary<string, IReadOnlyList<PageBoundary>> boundaries)
    {
        var pairs = stacks.SelectMany(s => boundaries[s.Path].Select(b => (b.Probability, First: s.Starts.Contains(b.Page)))).ToList();
        Console.WriteLine("| probability | pages | first pages | share |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (low, high) in new[] { (0.0, 0.1), (0.1, 0.5), (0.5, 0.9), (0.9, 1.01) })
        {
            var bin = pairs.Where(p => p.Probability >= low && p.Probability < high).ToList();
            Console.WriteLine(Invariant($"| {low:0.0}-{Math.Min(1, high):0.0} | {bin.Count} | {bin.Count(p => p.First)} | {bin.Count(p => p.First) / (double)Math.Max(1, bin.Count):P0} |"));
        }

        // Every page the model was not sure of, to choose the review band on (never on the stacks it is measured on).
        foreach (var stack in stacks)
        {
            foreach (var page in boundaries[stack.Path].Where(b => b.Probability is > 0.02 and < 0.98))
            {
                Console.WriteLine(Invariant($"  unsure: {Path.GetFileName(stack.Path)} page {page.Page}: {page.Probability:0.000} ({(stack.Starts.Contains(page.Page) ? "first page" : "continuation")})"));
            }
        }
    }

    /// <summary>A generated stack: its file, its page count and the pages where its second and later documents begin.</summary>
    /// <param name="Sheets">How each separator sheet was fed, by the page where its document begins.</param>
    private sealed record Stack(string Path, int Pages, int Documents, IReadOnlySet<int> Starts, IReadOnlyDictionary<int, string> Sheets);

    public static int Run(int count, int seed, string? keep)
    {
        return InFolder(keep, root =>
        {
            var all = GenerateAll(root, count, seed, separators: true);
            var splitter = new SeparatorSheetSplitter(new SplittingOptions(), new ExtractionOptions());
            var found = new ConcurrentDictionary<string, IReadOnlySet<int>>();
            var splitting = Timing.Seconds(() => Parallel.ForEach(all, new ParallelOptions { MaxDegreeOfParallelism = Workers }, s =>
                found[s.Path] = splitter.Split(s.Path).Parts.Skip(1).Select(p => p.FirstPage).ToHashSet()));
            Report("separator sheets", all, found, splitting);
            return 0;
        });
    }

    /// <summary>Runs in <paramref name="keep"/>, or in a temporary folder deleted afterwards.</summary>
    private static int InFolder(string? keep, Func<string, int> run)
    {
        var root = keep ?? Path.Combine(Path.GetTempPath(), "split-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            return run(root);
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static List<Stack> GenerateAll(string root, int count, int seed, bool separators)
    {
        var stacks = new ConcurrentBag<Stack>();
        var generating = Timing.Seconds(() => Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i => stacks.Add(Generate(root, i, seed, separators))));
        var all = stacks.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        Console.WriteLine(Invariant($"{all.Count} stacks, {all.Sum(s => s.Documents)} documents, {all.Sum(s => s.Pages)} pages generated in {generating:F0} s{(separators ? string.Empty : " (held-out layouts only)")}"));
        return all;
    }

    private static void Report(string splitter, List<Stack> stacks, ConcurrentDictionary<string, IReadOnlySet<int>> found, double seconds)
    {
        var (truePositives, falsePositives, falseNegatives, exact) = (0, 0, 0, 0);
        foreach (var stack in stacks)
        {
            var predicted = found[stack.Path];
            var hits = predicted.Count(stack.Starts.Contains);
            (truePositives, falsePositives, falseNegatives) = (truePositives + hits, falsePositives + predicted.Count - hits, falseNegatives + stack.Starts.Count - hits);
            exact += predicted.SetEquals(stack.Starts) ? 1 : 0;
            if (!predicted.SetEquals(stack.Starts))
            {
                var missed = stack.Starts.Where(s => !predicted.Contains(s)).Select(s => stack.Sheets.TryGetValue(s, out var sheet) ? $"{s} ({sheet})" : $"{s}");
                Console.WriteLine($"  {Path.GetFileName(stack.Path)}: true starts {string.Join(",", stack.Starts.Order())}, found {string.Join(",", predicted.Order())}; missed {string.Join(", ", missed)}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine("| splitter | stacks | boundaries | precision | recall | F1 | stacks split exactly | pages/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Invariant(
            $"| {splitter} | {stacks.Count} | {truePositives + falseNegatives} | {precision:P1} | {recall:P1} | {f1:P1} | {exact} of {stacks.Count} | {stacks.Sum(s => s.Pages) / seconds:F1} |"));
    }

    private static Stack Generate(string root, int index, int seed, bool separators)
    {
        var random = new Random((seed * 10_007) + index); // not HashCode.Combine: it differs from one process to the next
        var documents = random.Next(2, 11);
        var leadingSheet = random.Next(2) == 0;
        var upsideDown = random.Next(leadingSheet ? 0 : 1, documents); // the sheet on top of this document
        var sheets = new List<StackSheet>();
        var starts = new HashSet<int>();
        var fed = new Dictionary<int, string>();
        for (var d = 0; d < documents; d++)
        {
            var label = SampleLabels.All[random.Next(SampleLabels.All.Count)];
            if (separators && (d > 0 || leadingSheet))
            {
                var rotation = Skew(random) + (d == upsideDown ? 180 : 0);
                var sheet = StackSheet.Separator(random.Next(3) == 0 ? label : null, rotation, bilevel: random.Next(2) == 0);
                sheets.Add(sheet);
                fed[sheets.Count + 1] = Invariant($"sheet {sheets.Count}: {sheet.RotationDegrees:F1}°{(sheet.Bilevel ? ", black and white" : string.Empty)}{(sheet.SeparatorLabel is null ? string.Empty : ", labelled")}");
            }

            if (d > 0)
            {
                starts.Add(sheets.Count + 1);
            }

            foreach (var page in Document(label, separators ? (index * 10) + d : (index * 100) + (d * 10), seed + index, heldOutOnly: !separators).Pages)
            {
                sheets.Add(StackSheet.Of(page, Skew(random), bilevel: random.Next(2) == 0));
            }
        }

        var dpi = new[] { 200, 250, 300 }[random.Next(3)];
        var tiff = index % 3 == 2;
        var path = Path.Combine(root, Invariant($"stack-{index:D3}-{dpi}dpi{(tiff ? ".tif" : ".pdf")}"));
        if (tiff)
        {
            ScannedStacks.WriteTiff(path, sheets, dpi, seed + index);
        }
        else
        {
            ScannedStacks.WritePdf(path, sheets, dpi, seed + index);
        }

        return new Stack(path, sheets.Count, documents, starts, fed);
    }

    /// <summary>The document at <paramref name="index"/>, or with <paramref name="heldOutOnly"/> the next one of a held-out layout.</summary>
    private static SampleDocument Document(string label, int index, int seed, bool heldOutOnly)
    {
        for (var i = index; ; i++)
        {
            var document = CorpusGenerator.Compose(label, i, seed);
            if (!heldOutOnly || StackDocuments.IsHeldOut(label, document.Layout))
            {
                return document;
            }
        }
    }

    private static float Skew(Random random) => (float)((random.NextDouble() * 10) - 5);
}
