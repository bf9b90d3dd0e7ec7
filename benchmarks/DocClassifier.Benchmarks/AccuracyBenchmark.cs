using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;

namespace DocClassifier.Benchmarks;

/// <summary>CER and order-free recall of our extraction next to the tesseract CLI on images with ground truth.</summary>
internal static class AccuracyBenchmark
{
    public static int Run(string folder, string languages, int limit, bool verbose, int targetDpi = 0)
    {
        var set = GroundTruthSet.Load(folder).Take(limit).ToList();
        Console.WriteLine($"{set.Count} images from {Path.GetFileName(folder.TrimEnd('/'))}, languages {languages}"
            + (targetDpi > 0 ? $", our pages rescaled to {targetDpi} dpi" : string.Empty));
        Func<string, string> Ours(ExtractionOptions options)
        {
            options.MaxEngines = 1;
            options.TargetResolution = targetDpi > 0 ? targetDpi : options.TargetResolution;
            var extraction = new DocumentExtraction(options);
            return image => extraction.Extractor.Extract(image).RawText;
        }

        var variants = new (string Name, Func<string, string> Read)[]
        {
            ($"tesseract CLI -l {languages}", image => TesseractCli.Recognize(image, languages)),
            ("ours, no preprocessing", Ours(new() { Languages = languages, FallbackLanguages = "", Preprocess = false })),
            ($"ours, {languages}", Ours(new() { Languages = languages, FallbackLanguages = "" })),
            ("ours, default (chi_tra, eng fallback)", Ours(new())),
        };

        Console.WriteLine($"{"variant",-36} {"CER",7} {"char recall",12} {"word recall",12} {"s/page",7}");
        foreach (var (name, read) in variants)
        {
            double cer = 0, charRecall = 0, wordRecall = 0;
            var watch = Stopwatch.StartNew();
            foreach (var (image, truth) in set)
            {
                var text = read(image);
                var c = TextAccuracy.CharacterErrorRate(text, truth);
                cer += c;
                charRecall += TextAccuracy.OrderFreeCharacterRecall(text, truth);
                wordRecall += TextAccuracy.OrderFreeWordRecall(text, truth);
                if (verbose)
                {
                    Console.WriteLine($"   {Path.GetFileName(image)}: CER {c:P1}");
                }
            }

            var n = Math.Max(1, set.Count);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-36} {cer / n,7:P1} {charRecall / n,12:P1} {wordRecall / n,12:P1} {watch.Elapsed.TotalSeconds / n,7:F2}"));
        }

        return 0;
    }
}
