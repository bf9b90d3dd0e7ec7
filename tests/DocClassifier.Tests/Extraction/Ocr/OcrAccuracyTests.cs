using System.Diagnostics;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Quality;
using DocClassifier.Tests.Support;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Real Tesseract on scan-like fixtures: character error rates after NFKC, per format.</summary>
[TestFixture]
[Category("Ocr")]
public class OcrAccuracyTests
{
    private const double ChineseCerBound = 0.03;
    private const double EnglishCerBound = 0.01;

    // The fixtures are 300 dpi and 150 dpi scans: both are rescaled to the target before OCR.
    private static readonly int OcrResolution = new ExtractionOptions().TargetResolution;

    [TestCase(FormPng)]
    [TestCase(FormJpeg)]
    public void ChineseFormImage_IsReadWithinThreePercentCer(string fixture)
    {
        var document = Extractions.ExtractOnce(PathOf(fixture));

        Assert.That(document.Pages, Has.Count.EqualTo(1));
        var page = document.Pages[0];
        Assert.Multiple(() =>
        {
            Assert.That(page.Source, Is.EqualTo(TextSource.Ocr));
            Assert.That(page.Resolution, Is.EqualTo(OcrResolution));
            Assert.That(page.OcrConfidence, Is.GreaterThan(70));
            Assert.That(TextAccuracy.CharacterErrorRate(page.Text, ChineseTruth), Is.LessThanOrEqualTo(ChineseCerBound), page.Text);
        });
    }

    [Test]
    public void EnglishLetterImage_IsReadWithinOnePercentCer()
    {
        var page = Extractions.ExtractOnce(PathOf(LetterPng)).Pages.Single();

        Assert.That(TextAccuracy.CharacterErrorRate(page.Text, EnglishTruth), Is.LessThanOrEqualTo(EnglishCerBound), page.Text);
    }

    [Test]
    public void MultiPageTiff_GivesEveryPageInOrder()
    {
        var document = Extractions.ExtractOnce(PathOf(TwoPageTiff));

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Tiff));
        Assert.That(document.Pages.Select(p => p.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.Multiple(() =>
        {
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[0].Text, ChineseTruth), Is.LessThanOrEqualTo(ChineseCerBound));
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[1].Text, EnglishTruth), Is.LessThanOrEqualTo(EnglishCerBound));
        });
    }

    [TestCase(JpegImagePdf)]
    [TestCase(FlateImagePdf)]
    public void ImageOnlyPdf_IsOcredPageByPageAtTheScanResolution(string fixture)
    {
        var document = Extractions.ExtractOnce(PathOf(fixture));

        Assert.That(document.Pages, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(document.Pages.Select(p => p.Source), Is.All.EqualTo(TextSource.Ocr));
            Assert.That(document.Pages.Select(p => p.Resolution), Is.All.EqualTo(OcrResolution));
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[0].Text, ChineseTruth), Is.LessThanOrEqualTo(ChineseCerBound));
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[1].Text, EnglishTruth), Is.LessThanOrEqualTo(EnglishCerBound));
        });
    }

    [Test]
    public void BornDigitalPdf_IsReadFromItsTextLayerWithoutOcr()
    {
        using var extraction = new DocumentExtraction(new ExtractionOptions());

        var document = extraction.Extractor.Extract(PathOf(BornDigitalPdf));

        Assert.Multiple(() =>
        {
            Assert.That(document.Pages.Select(p => p.Source), Is.All.EqualTo(TextSource.TextLayer));
            Assert.That(document.Pages.Select(p => p.OcrConfidence), Is.All.Null);
            Assert.That(extraction.EnginesCreated, Is.Zero, "no OCR engine should even be created");
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[0].Text, ChineseTruth), Is.LessThanOrEqualTo(0.01), document.Pages[0].Text);
            Assert.That(TextAccuracy.CharacterErrorRate(document.Pages[1].Text, EnglishTruth), Is.LessThanOrEqualTo(0.01));
        });
    }

    [Test]
    public void BlackAndWhiteScan_IsNotScaledBelow300Dpi_AndReadsWell()
    {
        using var folder = new TempFolder();
        using (var grey = Pix.TryRead(File.ReadAllBytes(PathOf(FormPng)))!)
        using (var bilevel = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, 160), "threshold"))
        {
            bilevel.Resolution = 300;
            File.WriteAllBytes(Path.Combine(folder.Path, "fax.png"), bilevel.Encode(LeptonicaApi.FormatPng));
        }

        var page = Extractions.Extract(Path.Combine(folder.Path, "fax.png")).Pages.Single();

        Assert.That(page.Resolution, Is.EqualTo(300), "one bit a pixel is not scaled down to the 250 dpi target");
        // A global threshold of the speckled fixture is a harsh black-and-white scan (6.2 % measured).
        Assert.That(TextAccuracy.CharacterErrorRate(page.Text, ChineseTruth), Is.LessThanOrEqualTo(0.08), page.Text);
    }

    [Test]
    public void LowResolutionScan_IsUpscaledBeforeOcr()
    {
        var page = Extractions.ExtractOnce(PathOf(LowResolutionForm)).Pages.Single();

        // Upscaled until its characters are tall enough, which may stop short of the target resolution.
        Assert.That(page.Resolution, Is.GreaterThan(200).And.LessThanOrEqualTo(OcrResolution));
        Assert.That(TextAccuracy.CharacterErrorRate(page.Text, ChineseTruth), Is.LessThanOrEqualTo(0.05), page.Text);
    }

    [Test]
    public void FormExtraction_BeatsTheTesseractCliDefault_OnErrorRateAndOrderFreeRecall()
    {
        var ours = Extractions.ExtractOnce(PathOf(FormPng)).Text;
        var cli = RunTesseractCli(PathOf(FormPng), Extractions.Default.Options.Languages);

        Assert.Multiple(() =>
        {
            Assert.That(
                TextAccuracy.CharacterErrorRate(ours, ChineseTruth),
                Is.LessThan(TextAccuracy.CharacterErrorRate(cli, ChineseTruth)));
            Assert.That(
                TextAccuracy.OrderFreeCharacterRecall(ours, ChineseTruth),
                Is.GreaterThan(TextAccuracy.OrderFreeCharacterRecall(cli, ChineseTruth)));
        });
    }

    [Test]
    public void NormalisedText_FoldsFullWidthPunctuation_WhileRawTextKeepsWhatOcrSaw()
    {
        var page = Extractions.ExtractOnce(PathOf(FormPng)).Pages.Single();

        Assert.That(page.Text, Does.Not.Contain("：").And.Not.Contain("，"));
        Assert.That(page.Text, Does.Contain("A123456789"));
        Assert.That(page.RawText, Is.Not.EqualTo(page.Text));
    }

    private static string RunTesseractCli(string image, string languages)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { image, "-", "-l", languages })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "the tesseract CLI (package tesseract-ocr) must be installed by scripts/setup.sh");
        return text;
    }
}
