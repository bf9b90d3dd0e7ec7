using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Quality;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Four kinds of input side by side with the tesseract CLI on the same cores, in one run: our generated
/// forms, receipts, low-resolution scans (pages with ground truth scaled down to 100 dpi here) and photos.
/// Ours runs the default pipeline (chi_tra+HanT, eng fallback) on every set, as the service would; the CLI gets
/// the set's own language. Pages/s both ways, their ratio, and CER and word recall where the truth is known.
/// </summary>
internal static class SetsBenchmark
{
    private const int LowResolution = 100;

    // The OCR's choices for receipts (script probe, re-reads) were measured on the first 30 SROIE receipts only.
    private const int TunedReceipts = 30;

    public static int Run(int forms, string? receipts, string[] lowResolutionSources, string? photos, int limit)
    {
        var scratch = Directory.CreateTempSubdirectory("docclassifier-sets-").FullName;
        try
        {
            var workers = Environment.ProcessorCount;
            var sets = new List<(string Name, string Languages, List<(string Image, string? Truth)> Pages)>();
            if (forms > 0)
            {
                var files = BenchmarkFiles.ScannedPages(Path.Combine(scratch, "forms"), forms);
                sets.Add(($"our forms ({forms}, 300 dpi)", "chi_tra", [.. files.Select(f => (f, (string?)DocClassifier.Samples.OcrFixtureSet.ChineseTruth))]));
            }

            if (receipts is not null)
            {
                // Two sets: the receipts the OCR was tuned on, and those it was only measured on.
                var pages = GroundTruthSet.Load(receipts).Take(limit).Select(p => (p.Image, (string?)p.Truth)).ToList();
                sets.Add(($"receipts 1-{Math.Min(TunedReceipts, pages.Count)} (tuned on)", "eng", [.. pages.Take(TunedReceipts)]));
                if (pages.Count > TunedReceipts)
                {
                    sets.Add(($"receipts {TunedReceipts + 1}-{pages.Count} (held out)", "eng", [.. pages.Skip(TunedReceipts)]));
                }
            }

            if (lowResolutionSources.Length > 0)
            {
                var pages = LowResolutionCopies(lowResolutionSources, Path.Combine(scratch, "low"), limit);
                sets.Add(($"{LowResolution} dpi scans ({pages.Count})", "eng", pages));
            }

            if (photos is not null)
            {
                var pages = Directory.EnumerateFiles(photos, "*.jpg").Order(StringComparer.Ordinal).Take(limit).Select(f => (f, (string?)null)).ToList();
                sets.Add(($"photos ({pages.Count})", "chi_tra", pages));
            }

            using var extraction = new DocumentExtraction(new ExtractionOptions { MaxEngines = workers });
            Console.WriteLine($"{workers} cores for both sides; ours: default languages, {workers} threads; CLI: xargs -P {workers}; load average {Timing.LoadAverage()}");
            Console.WriteLine("processor time (cpu s): this process's for ours, its waited-for children's for the CLI; its ratio is not distorted by the machine's load as pages/s are");
            Console.WriteLine($"{"set",-32} {"CLI lang",8} {"CLI p/s",8} {"ours p/s",9} {"ratio",6} {"CLI cpu s",10} {"ours cpu s",11} {"cpu ratio",10} {"CLI CER",8} {"ours CER",9} {"CLI wrec",9} {"ours wrec",10} {"CLI wrec/ci",12} {"ours wrec/ci",13}");
            foreach (var (name, languages, pages) in sets)
            {
                var cliTexts = new string[pages.Count];
                var processor = Timing.ProcessorSeconds();
                var cli = Timing.Seconds(() => Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => cliTexts[i] = TesseractCli.Recognize(pages[i].Image, languages)));
                var cliProcessor = Timing.ProcessorSeconds() - processor;
                var ourTexts = new string[pages.Count];
                processor = Timing.ProcessorSeconds();
                var ours = Timing.Seconds(() => Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => ourTexts[i] = extraction.Extractor.Extract(pages[i].Image).RawText));
                var ourProcessor = Timing.ProcessorSeconds() - processor;
                var (cliCer, cliRecall, cliFolded) = Accuracy(cliTexts, pages);
                var (ourCer, ourRecall, ourFolded) = Accuracy(ourTexts, pages);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name,-32} {languages,8} {pages.Count / cli,8:F2} {pages.Count / ours,9:F2} {cli / ours,5:F2}x {cliProcessor,10:F1} {ourProcessor,11:F1} {cliProcessor / ourProcessor,9:F2}x {cliCer,8} {ourCer,9} {cliRecall,9} {ourRecall,10} {cliFolded,12} {ourFolded,13}"));
            }

            Console.WriteLine($"load average at the end: {Timing.LoadAverage()}");
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    // Word recall twice: words as written, and without case and edge punctuation (the same folding on both sides).
    private static (string Cer, string WordRecall, string FoldedWordRecall) Accuracy(string[] texts, List<(string Image, string? Truth)> pages)
    {
        var known = Enumerable.Range(0, pages.Count).Where(i => pages[i].Truth is not null).ToList();
        if (known.Count == 0)
        {
            return ("-", "-", "-");
        }

        string Mean(Func<string, string, double> score) =>
            known.Average(i => score(texts[i], pages[i].Truth!)).ToString("P1", CultureInfo.InvariantCulture);
        return (Mean(TextAccuracy.CharacterErrorRate), Mean(TextAccuracy.OrderFreeWordRecall), Mean(TextAccuracy.OrderFreeWordRecallIgnoringCase));
    }

    // Every page with ground truth in the folders, scaled down (area mapping) to 100 dpi and saved as a
    // grey PNG that states 100 dpi, as a cheap office scanner would give it.
    internal static List<(string Image, string? Truth)> LowResolutionCopies(string[] folders, string target, int limit)
    {
        Directory.CreateDirectory(target);
        var pages = new List<(string, string?)>();
        foreach (var (image, truth) in folders.SelectMany(GroundTruthSet.Load).Where(p => !p.Image.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Take(limit))
        {
            using var pix = Pix.TryRead(File.ReadAllBytes(image));
            if (pix is null)
            {
                continue;
            }

            var resolution = pix.Resolution > 0 ? pix.Resolution : 300;
            if (resolution <= LowResolution)
            {
                continue;
            }

            var factor = (float)LowResolution / resolution;
            using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(pix.Pointer, 0), "grey conversion");
            using var small = Pix.Own(LeptonicaApi.PixScale(grey.Pointer, factor, factor), "scaling");
            small.Resolution = LowResolution;
            var file = Path.Combine(target, $"{pages.Count:D3}-{Path.GetFileNameWithoutExtension(image)}.png");
            File.WriteAllBytes(file, small.Encode(LeptonicaApi.FormatPng));
            pages.Add((file, truth));
        }

        Debug.Assert(pages.Count > 0, "no page to scale down");
        return pages;
    }
}
