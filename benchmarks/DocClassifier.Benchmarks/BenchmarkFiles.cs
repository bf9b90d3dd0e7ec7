using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;
using Microsoft.Playwright;

namespace DocClassifier.Benchmarks;

/// <summary>The generated files the speed benchmarks run on, every one distinct (the service would take copies as duplicates).</summary>
internal static class BenchmarkFiles
{
    /// <summary>Scanned Chinese A4 forms at 300 dpi as grey PNG, each skewed and speckled differently.</summary>
    public static List<string> ScannedPages(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var files = new string[count];

        // Each thread renders the form once for itself: a bitmap is not shared between threads.
        Parallel.For(
            0,
            count,
            () => PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300),
            (i, _, form) =>
            {
                using var scan = new ScanDegrader(100 + i) { RotationDegrees = (i % 5) - 2 }.Degrade(form.Bitmap);
                var file = Path.Combine(folder, $"page-{i:D4}.png");
                using (var stream = File.Create(file))
                {
                    ImageWriters.SavePng(scan, stream);
                }

                files[i] = file;
                return form;
            },
            form => form.Dispose());

        return [.. files];
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

    /// <summary>
    /// The same kind of documents printed to PDF by a browser (Debian's Chromium through Playwright, several
    /// tabs at a time): the text is in subsetted CID TrueType fonts, as office suites and portals write it.
    /// </summary>
    private const int PrintingTabs = 8;

    public static List<string> BrowserPrintedPdfs(string folder, int count, int seed) =>
        PrintAsync(folder, count, seed).GetAwaiter().GetResult();

    private static async Task<List<string>> PrintAsync(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var files = new string[count];
        var next = -1;
        async Task PrintInOneTab()
        {
            var tab = await browser.NewPageAsync();
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var label = SampleLabels.All[i % SampleLabels.All.Count];
                var document = CorpusGenerator.Compose(label, i, seed);
                files[i] = Path.Combine(folder, $"{label}-{seed}-{i:D5}.pdf");
                await tab.SetContentAsync(PageHtml.Document(document.Pages));
                await tab.PdfAsync(new PagePdfOptions { Path = files[i], PreferCSSPageSize = true, PrintBackground = true });
            }
        }

        // Printing waits on the browser more than it works: several tabs keep both cores busy.
        await Task.WhenAll(Enumerable.Range(0, PrintingTabs).Select(_ => PrintInOneTab()));
        return [.. files];
    }
}
