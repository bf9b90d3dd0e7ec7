using System.Diagnostics;
using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Fields;
using DocClassifier.Samples.Photos;

namespace DocClassifier.Benchmarks;

/// <summary>
/// Phone photos of real documents: per image, whether our pipeline took it for a photo, how much Chinese it
/// read, and which key fields (document number, tax IDs, date, total) were found, beside the tesseract CLI;
/// or the same for generated invoice photos (<see cref="InvoicePhotos"/>), whose values are known.
/// Values are never printed: the documents are real. The truth is a tab-separated file kept outside the
/// repository (image, field, value; fields: number, taxId, date as yyyy-MM-dd, total).
/// </summary>
internal static class PhotoFieldsBenchmark
{
    private static readonly string[] Kinds = ["number", "taxId", "date", "total"];

    public static int Run(string folder, string? truthFile, string? dumpFolder, bool inspectOnly = false)
    {
        var truth = (truthFile is null ? [] : File.ReadAllLines(truthFile))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 3)
            .ToLookup(f => f[0], f => (Kind: f[1], Value: f[2]));
        var images = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var options = new ExtractionOptions { MaxEngines = 1 };
        using var extraction = new DocumentExtraction(options);
        var normalizer = new PhotoNormalizer(PhotoNormalization.TargetGlyphHeight, options.TargetResolution);
        Console.WriteLine("per field: E = found by our field extractors, T = in the text only (on one line), - = missing; (n/m) = found of expected");
        Console.WriteLine($"{"image",-28} {"photo",5} {"CJK ours",8} {"CJK CLI",8} {"s ours",7} {"s CLI",7}  ours: {string.Join(' ', Kinds)}  |  CLI");
        int oursAll = 0, cliAll = 0;
        double oursSeconds = 0, cliSeconds = 0;
        foreach (var image in images)
        {
            var name = Path.GetFileName(image);
            bool photo;
            using (var pix = Pix.TryRead(File.ReadAllBytes(image)))
            using (var normalized = pix is null ? null : normalizer.Normalize(pix))
            {
                photo = normalized is not null;
                if (pix is not null)
                {
                    var (unevenness, outline, glyph, gain) = PhotoNormalizer.Inspect(pix);
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{name}: {pix.Width}x{pix.Height}, {pix.Resolution} dpi, shading {unevenness:P0}, outline {(outline ? "found" : "none")}, characters {glyph:F0} px, ink gain {gain:F2}"));
                }

                if (normalized is not null && dumpFolder is not null)
                {
                    Directory.CreateDirectory(dumpFolder);
                    File.WriteAllBytes(Path.Combine(dumpFolder, Path.ChangeExtension(name, ".png")), normalized.Encode(LeptonicaApi.FormatPng));
                }
            }

            if (inspectOnly)
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            var ours = string.Join('\n', extraction.Extractor.Extract(image).Pages.Select(p => p.Text));
            var oursTime = watch.Elapsed.TotalSeconds;
            if (dumpFolder is not null)
            {
                Directory.CreateDirectory(dumpFolder);
                File.WriteAllText(Path.Combine(dumpFolder, Path.ChangeExtension(name, ".txt")), ours);
            }

            watch.Restart();
            var cli = TesseractCli.Recognize(image, "chi_tra");
            var cliTime = watch.Elapsed.TotalSeconds;
            (oursSeconds, cliSeconds) = (oursSeconds + oursTime, cliSeconds + cliTime);
            var expected = truth[name].ToList();
            var (oursMarks, oursFound) = Marks(ours, expected);
            var (cliMarks, cliFound) = Marks(cli, expected);
            oursAll += expected.Count > 0 && oursFound == expected.Count ? 1 : 0;
            cliAll += expected.Count > 0 && cliFound == expected.Count ? 1 : 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-28} {(photo ? "yes" : "no"),5} {Cjk(ours),8} {Cjk(cli),8} {oursTime,7:F1} {cliTime,7:F1}  {oursMarks} ({oursFound}/{expected.Count})  |  {cliMarks} ({cliFound}/{expected.Count})"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"images with every expected field: ours {oursAll}, CLI {cliAll} of {images.Count}; time ours {oursSeconds:F1} s, CLI {cliSeconds:F1} s (one at a time)"));
        return 0;
    }

    /// <summary>Generated invoice photos, written to a scratch folder with their truth, then measured like real ones.</summary>
    public static int RunGenerated(int count, int seed, string? dumpFolder)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"invoice-photos-{seed}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var truth = Path.Combine(folder, "truth.tsv");
            var rows = new List<string>();
            foreach (var photo in InvoicePhotos.Generate(count, seed))
            {
                File.WriteAllBytes(Path.Combine(folder, photo.Name), photo.Jpeg);
                if (dumpFolder is not null)
                {
                    Directory.CreateDirectory(dumpFolder);
                    File.WriteAllBytes(Path.Combine(dumpFolder, photo.Name), photo.Jpeg);
                }

                rows.Add($"{photo.Name}\tnumber\t{photo.Number}");
                rows.AddRange(photo.TaxIds.Select(id => $"{photo.Name}\ttaxId\t{id}"));
                rows.Add($"{photo.Name}\tdate\t{photo.Date}");
                rows.Add($"{photo.Name}\ttotal\t{photo.Total}");
            }

            File.WriteAllLines(truth, rows);
            return Run(folder, truth, dumpFolder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Cjk(string text) => text.Count(c => c is >= '\u3400' and <= '\u9FFF');

    // One mark per expected value, grouped by kind in a fixed order.
    private static (string Marks, int Found) Marks(string text, List<(string Kind, string Value)> expected)
    {
        var fields = FieldExtractors.ExtractAll([text]);
        // Line by line: across a line break, "$13 .20" and "時一1" spell 13201.
        var compact = text.Split('\n').Select(Compact).ToList();
        var marks = new List<string>();
        var found = 0;
        foreach (var kind in Kinds)
        {
            var mark = string.Empty;
            foreach (var (_, value) in expected.Where(e => e.Kind == kind))
            {
                var byExtractor = kind switch
                {
                    "number" => fields.Any(f => f.Name == "invoiceNumber" && f.Value == value),
                    "taxId" => fields.Any(f => f.Name == "businessNumber" && f.Value == value),
                    "date" => fields.Any(f => f.Name == "date" && f.Value == value),
                    "total" => fields.Any(f => f.Name == "amount" && f.Value == value),
                    _ => false,
                };
                var wanted = Compact(value);
                var inText = compact.Any(l => l.Contains(wanted, StringComparison.Ordinal)
                    || (kind == "date" && DateSpellings(value).Any(d => l.Contains(d, StringComparison.Ordinal))));
                mark += byExtractor ? "E" : inText ? "T" : "-";
                found += byExtractor || inText ? 1 : 0;
            }

            marks.Add(mark.Length == 0 ? "." : mark);
        }

        return (string.Join(' ', marks), found);
    }

    // Digits and letters only, upper case: "AB-1234 5678" and "AB12345678" are the same number; 47,390 is 47390.
    private static string Compact(string text) =>
        new([.. TextNormalizer.Normalize(text).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static IEnumerable<string> DateSpellings(string iso)
    {
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var roc = date.Year - 1911;
        yield return string.Create(CultureInfo.InvariantCulture, $"{roc}{date.Month:00}{date.Day:00}");
        yield return string.Create(CultureInfo.InvariantCulture, $"{date.Year}{date.Month:00}{date.Day:00}");
    }
}
