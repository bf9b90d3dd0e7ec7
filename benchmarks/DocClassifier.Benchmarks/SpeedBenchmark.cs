using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Pages per second on scanned Chinese forms: our extraction on all cores against the tesseract
/// CLI on the same images run two at a time (xargs -P 2); then engine start-up time and memory.
/// </summary>
internal static class SpeedBenchmark
{
    public static int Run(int pages, string languages)
    {
        var folder = Directory.CreateTempSubdirectory("docclassifier-speed-").FullName;
        try
        {
            EngineCost(languages);
            var files = BenchmarkFiles.ScannedPages(folder, pages);
            var workers = Environment.ProcessorCount;
            Console.WriteLine($"{pages} scanned Chinese A4 pages at 300 dpi, {workers} cores, languages {languages}");

            var cli = Timing.Seconds(() => RunCli(folder, languages, workers));
            Report($"tesseract CLI, xargs -P {workers}", pages, cli);

            using var extraction = new DocumentExtraction(new ExtractionOptions { Languages = languages, MaxEngines = workers });
            var ours = Timing.Seconds(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, f => extraction.Extractor.Extract(f)));
            Report($"docclassifier, {workers} threads", pages, ours);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed-up: {cli / ours:F2}x; peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static void RunCli(string folder, string languages, int parallel)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"ls {folder}/*.png | xargs -P {parallel} -I{{}} tesseract {{}} - -l {languages} 2>/dev/null");
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static void EngineCost(string languages)
    {
        GC.Collect();
        var before = CurrentRss();
        var watch = Stopwatch.StartNew();
        using var engine = new TesseractOcrEngine(languages, null, 3, 0);
        var startup = watch.Elapsed.TotalMilliseconds;
        var after = CurrentRss();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"engine start-up ({languages}): {startup:F0} ms, RSS +{(after - before) / 1048576.0:F0} MB"));
    }

    private static long CurrentRss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static void Report(string name, int pages, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {seconds,7:F1} s  {pages / seconds,6:F2} pages/s"));
}
