using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Quality;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Where one page's OCR time goes, page by page on one thread: decoding, preprocessing, the script probe, the
/// first reading and the second-language reading, beside the tesseract CLI's time for the same page.
/// </summary>
internal static class StagesBenchmark
{
    public static int Run(string[] folders, string cliLanguages, int limit, bool lowResolution, bool trace = false, string? dump = null)
    {
        if (dump is not null)
        {
            _ = Directory.CreateDirectory(dump);
        }

        var scratch = Directory.CreateTempSubdirectory("docclassifier-stages-").FullName;
        try
        {
            var pages = lowResolution
                ? SetsBenchmark.LowResolutionCopies(folders, scratch, limit)
                : [.. folders.SelectMany(GroundTruthSet.LoadOrImagesAlone).Take(limit)];
            if (pages.Count == 0)
            {
                Console.Error.WriteLine($"No page images (PNG, JPEG, TIFF) in {string.Join(", ", folders)}.");
                return 1;
            }

            var options = new ExtractionOptions { MaxEngines = 1 };
            _ = LeptonicaApi.SetMsgSeverity(LeptonicaApi.SeverityNone);
            var clock = new List<(string Stage, double Seconds)>();
            // As the service has them: the primary engine reads doubtful codes again with the fallback (Latin) model.
            using var primary = Pool(options, clock, fallback: false, trace);
            using var fallback = Pool(options, clock, fallback: true, trace);
            var preprocessor = new TimedPreprocessor(DocumentExtraction.Preprocessor(options), clock, dump);
            var recognizer = new PageRecognizer(preprocessor, primary, fallback);

            // Warm both engines on the first page so that their start-up is not counted against it.
            using (var first = Pix.TryRead(File.ReadAllBytes(pages[0].Image)))
            {
                _ = recognizer.Recognize(first!, 1, CancellationToken.None);
                if (primary.Created + fallback.Created < 2)
                {
                    using var lease = (primary.Created == 0 ? primary : fallback).Rent(CancellationToken.None);
                }
            }

            Console.WriteLine($"load average at the start: {Timing.LoadAverage()}");
            Console.WriteLine($"{"page",-28} {"size",11} {"dpi in/out",10} {"decode",7} {"prep",6} {"probe",6} {"chi",6} {"eng",6} {"total",6} {"CLI",6} {"cpu",6} {"CLIcpu",6}");
            var totals = new Dictionary<string, double>(StringComparer.Ordinal);
            var (oursTotal, cliTotal, oursProcessor, cliProcessor) = (0.0, 0.0, 0.0, 0.0);
            var (cers, recalls, cliCers, cliRecalls) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            foreach (var (image, truth) in pages)
            {
                clock.Clear();
                var cliText = string.Empty;
                var before = Timing.ProcessorSeconds();
                var cli = Timing.Seconds(() => cliText = TesseractCli.Recognize(image, cliLanguages));
                var cliCpu = Timing.ProcessorSeconds() - before;
                before = Timing.ProcessorSeconds();
                Pix? pix = null;
                var decode = Timing.Seconds(() => pix = Pix.TryRead(File.ReadAllBytes(image)));
                using var page = pix!;
                var inputResolution = page.Resolution;
                var text = string.Empty;
                var whole = Timing.Seconds(() => text = recognizer.Recognize(page, 1, CancellationToken.None).RawText) + decode;
                var cpu = Timing.ProcessorSeconds() - before;
                (oursProcessor, cliProcessor) = (oursProcessor + cpu, cliProcessor + cliCpu);
                if (truth is not null)
                {
                    cers.Add(TextAccuracy.CharacterErrorRate(text, truth));
                    recalls.Add(TextAccuracy.OrderFreeWordRecallIgnoringCase(text, truth));
                    cliCers.Add(TextAccuracy.CharacterErrorRate(cliText, truth));
                    cliRecalls.Add(TextAccuracy.OrderFreeWordRecallIgnoringCase(cliText, truth));
                }

                clock.Add(("decode", decode));
                double Sum(string stage) => clock.Where(c => c.Stage == stage).Sum(c => c.Seconds);
                foreach (var stage in clock.Select(c => c.Stage).Distinct())
                {
                    totals[stage] = totals.GetValueOrDefault(stage) + Sum(stage);
                }

                oursTotal += whole;
                cliTotal += cli;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(image),-28} {page.Width + "x" + page.Height,11} {inputResolution + "/" + preprocessor.LastResolution,10} {decode,7:F2} {Sum("prep"),6:F2} {Sum("probe"),6:F2} {Sum(options.Languages),6:F2} {Sum(options.FallbackLanguages),6:F2} {whole,6:F2} {cli,6:F2} {cpu,6:F2} {cliCpu,6:F2}"));
            }

            var stagesText = string.Join(", ", totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:F1} s")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: ours {oursTotal:F1} s, CLI {cliTotal:F1} s ({cliTotal / oursTotal:F2}x); {stagesText}"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"processor time (this process and its children): ours {oursProcessor:F1} s, CLI {cliProcessor:F1} s ({cliProcessor / oursProcessor:F2}x); load average at the end: {Timing.LoadAverage()}"));
            if (cers.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"CER CLI / ours {cliCers.Average():P1} / {cers.Average():P1}; wrec/ci CLI / ours {cliRecalls.Average():P1} / {recalls.Average():P1}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static OcrEnginePool Pool(ExtractionOptions options, List<(string, double)> clock, bool fallback, bool trace) => new(
        () => new TimedEngine(DocumentExtraction.Engine(options, fallback), fallback ? options.FallbackLanguages : options.Languages, clock, trace),
        1);

    private sealed class TimedPreprocessor(IPagePreprocessor inner, List<(string, double)> clock, string? dump) : IPagePreprocessor
    {
        private int dumped;

        public int LastResolution { get; private set; }

        public PreparedPage Prepare(Pix page)
        {
            var watch = Stopwatch.StartNew();
            var prepared = inner.Prepare(page);
            clock.Add(("prep", watch.Elapsed.TotalSeconds));
            LastResolution = prepared.Image.Resolution;
            if (dump is not null)
            {
                File.WriteAllBytes(Path.Combine(dump, $"prepared-{++dumped:D3}.png"), prepared.Image.Encode(LeptonicaApi.FormatPng));
            }
            return prepared;
        }
    }

    // A probe strip comes without bands of ink (null), a prepared page with them.
    private sealed class TimedEngine(IOcrEngine inner, string languages, List<(string, double)> clock, bool trace) : IOcrEngine
    {
        public OcrResult Recognize(PreparedPage page, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var result = inner.Recognize(page, cancellationToken);
            var stage = page.TextBands is null && page.Cells.Count == 0 ? "probe" : languages;
            clock.Add((stage, watch.Elapsed.TotalSeconds));
            if (trace)
            {
                var opening = result.Text.ReplaceLineEndings(" ");
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {stage} {languages} {page.Image.Width}x{page.Image.Height}: confidence {result.MeanConfidence}, {opening[..Math.Min(80, opening.Length)]}"));
            }

            return result;
        }

        public void Dispose() => inner.Dispose();
    }
}
