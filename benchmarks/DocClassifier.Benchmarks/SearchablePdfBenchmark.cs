using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Quality;
using DocClassifier.Intake;
using DocClassifier.Samples;
using DocClassifier.SearchablePdf;
using static System.FormattableString;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Searchable PDFs from scanned PDFs: ours (extraction as the service does it, then the writer, which reads nothing
/// again) against <c>ocrmypdf</c> (Tesseract's recognition and its own PDF renderer) on the same files, two at a time
/// on the same cores: pages/s, output size, <c>qpdf --check</c>, and how much of the true text <c>pdftotext</c> gives back.
/// </summary>
internal static class SearchablePdfBenchmark
{
    private const int PagesPerForm = 3;
    private const int Workers = 2;

    public static Command Command()
    {
        var forms = new Option<int>("--forms") { Description = "Generated scanned PDFs of 3 Chinese A4 pages (JPEG, 300 dpi, ±1° skew), 0 skips.", DefaultValueFactory = _ => 10 };
        var pagesFrom = new Option<string[]>("--pages-from") { Description = "FOLDER[:LANG]: page images with ground truth (X.tif + X.txt, SROIE img/ + box/), each wrapped as a one-page JPEG PDF; LANG is ocrmypdf's -l (default chi_tra).", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int>("--limit") { Description = "At most this many pages from each folder.", DefaultValueFactory = _ => 20 };
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "Keep the inputs and outputs in this folder (default: a temporary folder, deleted)." };
        var oursOnly = new Option<bool>("--ours-only") { Description = "Skip ocrmypdf." };
        var command = new Command("searchable-pdf", "Searchable PDFs vs ocrmypdf on the same scanned PDFs: pages/s, size, qpdf --check, text recall through pdftotext.") { forms, pagesFrom, limit, keep, oursOnly };
        command.SetAction(r => Run(r.GetValue(forms), r.GetValue(pagesFrom) ?? [], r.GetValue(limit), r.GetValue(keep)?.FullName, r.GetValue(oursOnly)));
        return command;
    }

    private sealed record Input(string Set, string Pdf, string Truth, int Pages, string Languages);

    public static int Run(int forms, string[] pagesFrom, int limit, string? keep, bool oursOnly = false)
    {
        var root = keep ?? Path.Combine(Path.GetTempPath(), "searchable-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            var inputs = Inputs(Directory.CreateDirectory(Path.Combine(root, "in")).FullName, forms, pagesFrom, limit);
            foreach (var set in inputs.GroupBy(i => i.Set))
            {
                var files = set.ToList();
                var pages = files.Sum(f => f.Pages);
                var megabytes = files.Sum(f => new FileInfo(f.Pdf).Length) / 1e6;
                Console.WriteLine(Invariant($"\n{set.Key}: {files.Count} scanned PDFs, {pages} pages, {megabytes:F1} MB in; {Workers} at a time"));
                Console.WriteLine("| tool | pages/s | output MB (KB/page) | qpdf --check passed | char recall vs truth (pdftotext) |");
                Console.WriteLine("|---|---|---|---|---|");
                Ours(files, Path.Combine(root, "ours", set.Key));
                if (oursOnly)
                {
                    continue;
                }

                if (ExternalTool.OnPath("ocrmypdf"))
                {
                    Tool(files, Path.Combine(root, "ocrmypdf-pdfa", set.Key), "ocrmypdf (PDF/A-2b, its default)", (f, o) => ["-q", "--jobs", "1", "-l", f.Languages, f.Pdf, o]);
                    Tool(files, Path.Combine(root, "ocrmypdf-pdf", set.Key), "ocrmypdf --output-type pdf", (f, o) => ["-q", "--jobs", "1", "-l", f.Languages, "--output-type", "pdf", f.Pdf, o]);
                }
                else
                {
                    Console.WriteLine("ocrmypdf is not installed: that comparison is skipped");
                }
            }

            return 0;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static List<Input> Inputs(string folder, int forms, string[] pagesFrom, int limit)
    {
        var inputs = new List<Input>();
        for (var i = 0; i < forms; i++)
        {
            var pdf = ScannedForms.WritePdf(Path.Combine(folder, "forms", $"form-{i:D3}.pdf"), PagesPerForm, seed: 2000 + i);
            inputs.Add(new Input("generated forms", pdf, string.Join('\n', Enumerable.Repeat(OcrFixtureSet.ChineseTruth, PagesPerForm)), PagesPerForm, "chi_tra"));
        }

        foreach (var spec in pagesFrom)
        {
            var (source, languages) = spec.LastIndexOf(':') is var colon and > 0 ? (spec[..colon], spec[(colon + 1)..]) : (spec, "chi_tra");
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(source)));
            foreach (var (image, truth) in GroundTruthSet.Load(source).Take(limit))
            {
                var pdf = Path.Combine(folder, name, Path.GetFileNameWithoutExtension(image) + ".pdf");
                WrapAsScannedPdf(image, pdf);
                inputs.Add(new Input(name, pdf, truth, 1, languages));
            }
        }

        return inputs;
    }

    // A page image as a scanner would put it in a PDF: JPEG as it is, anything else encoded as JPEG.
    private static void WrapAsScannedPdf(string image, string pdf)
    {
        var bytes = File.ReadAllBytes(image);
        using var pix = Pix.TryRead(bytes) ?? throw new InvalidDataException($"{image} cannot be decoded.");
        var jpeg = FormatSniffer.FromContent(bytes) == DocumentFormat.Jpeg ? bytes : pix.Encode(2);
        var dpi = pix.Resolution is > 70 and < 1300 ? pix.Resolution : 300;
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        using var output = File.Create(pdf);
        ImageWriters.SaveImageOnlyPdf([(jpeg, true, pix.Width, pix.Height, dpi)], output);
    }

    private static void Ours(List<Input> files, string output)
    {
        Directory.CreateDirectory(output);
        var options = new ExtractionOptions { MaxEngines = Workers };
        using var extraction = new DocumentExtraction(options);
        var writer = new GlyphlessTextPdfWriter(options);

        // Engines load their models before the clock starts, as in the running service.
        _ = extraction.Extractor.Extract(files[0].Pdf);
        var writing = new ConcurrentBag<double>();
        var seconds = Timing.Seconds(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Workers }, f =>
        {
            var extracted = extraction.Extractor.Extract(f.Pdf);
            var id = DocumentIntake.HashOf(f.Pdf); // as intake names a document, before the writer is given it
            var watch = Stopwatch.StartNew();
            using (var stream = File.Create(Target(output, f)))
            {
                writer.Write(f.Pdf, id, extracted, stream);
            }

            writing.Add(watch.Elapsed.TotalSeconds);
        }));
        Report("ours (extraction + writer)", files, output, seconds);
        Console.WriteLine(Invariant($"|  of which the writer | {files.Sum(f => f.Pages) / writing.Sum():F1} (one thread) | | | |"));
    }

    private static void Tool(List<Input> files, string output, string name, Func<Input, string, string[]> arguments)
    {
        Directory.CreateDirectory(output);
        var seconds = Timing.Seconds(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Workers }, f => ExternalTool.RunChecked("ocrmypdf", arguments(f, Target(output, f)))));
        Report(name, files, output, seconds);
    }

    private static string Target(string folder, Input input) => Path.Combine(folder, Path.GetFileName(input.Pdf));

    private static void Report(string name, List<Input> files, string output, double seconds)
    {
        var pages = files.Sum(f => f.Pages);
        var bytes = files.Sum(f => new FileInfo(Target(output, f)).Length);
        var sound = files.Count(f => ExternalTool.Run("qpdf", "--check", Target(output, f)).ExitCode == 0);
        var recall = files.Average(f => TextAccuracy.OrderFreeCharacterRecall(ExternalTool.RunChecked("pdftotext", "-enc", "UTF-8", Target(output, f), "-"), f.Truth));
        Console.WriteLine(Invariant($"| {name} | {pages / seconds:F2} | {bytes / 1e6:F1} ({bytes / 1e3 / pages:F0}) | {sound} of {files.Count} | {recall:P1} |"));
    }
}
