using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;

namespace DocClassifier.Benchmarks;

/// <summary>
/// CER and order-free recall of our extraction next to the tesseract CLI on images with ground truth, in the
/// same run, one page at a time on one thread each; with a manifest (the generated OCR page set) also per
/// layout family, face, scan kind and resolution.
/// </summary>
internal static class AccuracyBenchmark
{
    /// <param name="every">Keep one image in this many, the first of each run of them (the images in name order): a fixed sample.</param>
    /// <param name="withCli">Also read every image with the CLI (false: ours only, for quick comparisons between our own versions).</param>
    public static int Run(
        string folder, string languages, int limit, bool verbose, int targetDpi = 0, bool quick = false, string? outputFolder = null, int every = 1, bool withCli = true)
    {
        var set = GroundTruthSet.Load(folder).Where((_, i) => i % Math.Max(1, every) == 0).Take(limit).ToList();
        var manifest = GroundTruthSet.LoadManifest(folder);
        Console.WriteLine($"{set.Count} images from {Path.GetFileName(folder.TrimEnd('/'))}, languages {languages}"
            + (targetDpi > 0 ? $", our pages rescaled to {targetDpi} dpi" : string.Empty));
        Func<string, string> Ours(ExtractionOptions options)
        {
            options.MaxEngines = 1;
            options.TargetResolution = targetDpi > 0 ? targetDpi : options.TargetResolution;
            var extraction = new DocumentExtraction(options);
            return image => extraction.Extractor.Extract(image).RawText;
        }

        var variants = new List<(string Name, Func<string, string> Read)>();
        if (withCli)
        {
            variants.Add(($"tesseract CLI -l {languages}", image => TesseractCli.Recognize(image, languages)));
        }

        if (!quick)
        {
            variants.Add(("ours, no preprocessing", Ours(new() { Languages = languages, FallbackLanguages = "", Preprocess = false })));
            variants.Add(($"ours, {languages}", Ours(new() { Languages = languages, FallbackLanguages = "" })));
        }

        variants.Add(("ours, default (chi_tra+HanT, eng fallback)", Ours(new())));

        var results = new List<Score[]>();
        // CER compares the two sides after NFKC (a full-width ： and : are one); CER as written does not fold them.
        Console.WriteLine($"{"variant",-38} {"CER",7} {"char recall",12} {"word recall",12} {"pages/s",8} {"CER as written",15}");
        foreach (var (name, read) in variants)
        {
            var scores = new Score[set.Count];
            for (var i = 0; i < set.Count; i++)
            {
                var (image, truth) = set[i];
                var watch = Stopwatch.StartNew();
                var text = read(image);
                var seconds = watch.Elapsed.TotalSeconds;
                scores[i] = new Score(
                    TextAccuracy.CharacterErrorRate(text, truth), TextAccuracy.OrderFreeCharacterRecall(text, truth), TextAccuracy.OrderFreeWordRecall(text, truth), seconds,
                    TextAccuracy.CharacterErrorRateAsWritten(text, truth));
                if (verbose)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {Path.GetFileName(image)}: CER {scores[i].Cer:P1}, recall {scores[i].CharRecall:P1}, CER as written {scores[i].CerAsWritten:P1}"));
                }

                if (outputFolder is not null)
                {
                    var variantFolder = Path.Combine(outputFolder, results.Count.ToString(CultureInfo.InvariantCulture));
                    Directory.CreateDirectory(variantFolder);
                    File.WriteAllText(Path.Combine(variantFolder, Path.GetFileNameWithoutExtension(image) + ".txt"), text);
                }
            }

            results.Add(scores);
            Console.WriteLine(Row(name, scores));
        }

        if (manifest.Count > 0)
        {
            PrintCategories(set, manifest, variants.Select(v => v.Name).ToList(), results);
        }

        return 0;
    }

    // One table per column of the manifest (family, face, scan ...): each category's pages, every variant side by side.
    private static void PrintCategories(List<(string Image, string Truth)> set, Dictionary<string, Dictionary<string, string>> manifest, List<string> names, List<Score[]> results)
    {
        var columns = manifest.Values.First().Keys.Where(k => k != "skew").ToList();
        Console.WriteLine();
        Console.WriteLine("per category: CER / order-free char recall / pages/s for each variant");
        Console.WriteLine($"{"category",-34} {"pages",5}  " + string.Join("  ", names.Select(n => $"{Short(n),-24}")));
        foreach (var column in columns)
        {
            var groups = Enumerable.Range(0, set.Count)
                .GroupBy(i => manifest.TryGetValue(Path.GetFileName(set[i].Image), out var row) ? row[column] : "?")
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var cells = results.Select(r =>
                {
                    var s = group.Select(i => r[i]).ToList();
                    return string.Create(CultureInfo.InvariantCulture, $"{s.Average(x => x.Cer),6:P1} {s.Average(x => x.CharRecall),6:P1} {s.Count / s.Sum(x => x.Seconds),5:F2}");
                });
                Console.WriteLine($"{column + ": " + group.Key,-34} {group.Count(),5}  " + string.Join("  ", cells.Select(c => $"{c,-24}")));
            }
        }
    }

    private static string Row(string name, Score[] scores)
    {
        var n = Math.Max(1, scores.Length);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-38} {scores.Sum(s => s.Cer) / n,7:P1} {scores.Sum(s => s.CharRecall) / n,12:P1} {scores.Sum(s => s.WordRecall) / n,12:P1} {scores.Length / Math.Max(1e-9, scores.Sum(s => s.Seconds)),8:F2} {scores.Sum(s => s.CerAsWritten) / n,15:P1}");
    }

    private static string Short(string name) => name.Length <= 24 ? name : name[..24];

    private readonly record struct Score(double Cer, double CharRecall, double WordRecall, double Seconds, double CerAsWritten);
}
