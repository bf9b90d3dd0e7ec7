using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Benchmarks;

/// <summary>The generated files the speed benchmarks run on, every one distinct (the service would take copies as duplicates).</summary>
internal static class BenchmarkFiles
{
    /// <summary>Scanned Chinese A4 forms at 300 dpi as grey PNG, each skewed and speckled differently.</summary>
    public static List<string> ScannedPages(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        using var form = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300);
        var files = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var scan = new ScanDegrader(100 + i) { RotationDegrees = (i % 5) - 2 }.Degrade(form.Bitmap);
            var file = Path.Combine(folder, $"page-{i:D4}.png");
            using (var stream = File.Create(file))
            {
                ImageWriters.SavePng(scan, stream);
            }

            files.Add(file);
        }

        return files;
    }

    /// <summary>Born-digital PDFs (text layer, 1-3 pages) of all twelve classes, like a tax portal's uploads.</summary>
    public static List<string> BornDigitalPdfs(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var files = new string[count];
        Parallel.For(0, count, i =>
        {
            var label = SampleLabels.All[i % SampleLabels.All.Count];
            var document = CorpusGenerator.Compose(label, i, seed);
            var file = Path.Combine(folder, $"{label}-{seed}-{i:D5}.pdf");
            using (var stream = File.Create(file))
            {
                PageRenderer.RenderPdf(document.Pages, stream);
            }

            files[i] = file;
        });
        return [.. files];
    }
}
