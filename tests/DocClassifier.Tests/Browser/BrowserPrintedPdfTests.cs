using System.Text;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using Microsoft.Playwright;

namespace DocClassifier.Tests.Browser;

/// <summary>
/// Born-digital PDFs as a browser or an office suite writes them (subsetted CID TrueType fonts, not the
/// Type 3 fonts SkiaSharp writes for CJK): the service benchmark prints them with Debian's Chromium, and
/// our extraction reads them from their text layer without OCR.
/// </summary>
[Category("Browser")]
public sealed class BrowserPrintedPdfTests
{
    [Test]
    public async Task APrintedTaxForm_HasTrueTypeFonts_AndIsReadFromItsTextLayer()
    {
        using var folder = new TempFolder();
        var document = CorpusGenerator.Compose(SampleLabels.HouseTaxRelief, 3, seed: 5);
        var pdf = Path.Combine(folder.Path, "printed.pdf");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var tab = await browser.NewPageAsync();
        await tab.SetContentAsync(PageHtml.Document(document.Pages));
        await tab.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });

        var raw = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf));
        using var extraction = new DocumentExtraction(new ExtractionOptions());
        var extracted = extraction.Extractor.Extract(pdf);

        Assert.Multiple(() =>
        {
            Assert.That(raw, Does.Contain("/FontFile2"), "the CJK font is embedded as TrueType (scripts/setup.sh installs fonts-arphic-uming)");
            Assert.That(raw, Does.Not.Contain("/Type3"), "no glyph is printed as a Type 3 font (no synthetic bold)");
            Assert.That(extracted.Pages, Has.Count.EqualTo(document.Pages.Count));
            Assert.That(extracted.Pages.Select(p => p.Source), Is.All.EqualTo(TextSource.TextLayer));
            Assert.That(extraction.EnginesCreated, Is.Zero, "no OCR engine should even be created");
            Assert.That(TextAccuracy.OrderFreeCharacterRecall(extracted.Text, document.Text), Is.GreaterThanOrEqualTo(0.99), extracted.Text);
        });
    }
}
