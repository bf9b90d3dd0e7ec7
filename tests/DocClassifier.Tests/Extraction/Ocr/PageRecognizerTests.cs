using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Which languages read a page: an English page once with eng, a Chinese form once with chi_tra.</summary>
[TestFixture]
[Category("Ocr")]
public class PageRecognizerTests
{
    private static readonly ExtractionOptions Options = new();

    [Test]
    public void AnEnglishLetter_IsReadOnceWithEnglishOnly()
    {
        var (primary, fallback, text) = Recognize(LetterPng);

        Assert.Multiple(() =>
        {
            Assert.That(fallback.PageReads, Is.EqualTo(1), "one reading with eng");
            Assert.That(fallback.StripReads, Is.EqualTo(1), "the script is told from one strip read with eng");
            Assert.That(primary.PageReads + primary.StripReads, Is.Zero, "chi_tra reads nothing of it");
            Assert.That(text, Does.Contain("Taipei"));
        });
    }

    [Test]
    public void A100DpiEnglishLetter_IsReadWithEnglishAtTheLatinScale_AndNeverWithChinese()
    {
        using var small = LatinScaleTests.LetterAt100Dpi();
        var (primary, fallback, text) = Recognize(small);

        Assert.Multiple(() =>
        {
            Assert.That(primary.PageReads + primary.StripReads, Is.Zero, "chi_tra reads nothing of it");
            Assert.That(fallback.PageReads, Is.EqualTo(1));
            Assert.That(fallback.PageGlyphHeights.Single(), Is.EqualTo(LatinScale.GlyphHeight).Within(0.5), "read at 20 px, not 30");
            Assert.That(text, Does.Contain("Taipei"));
        });
    }

    [Test]
    public void AChineseForm_IsReadOnceWithChineseOnly()
    {
        var (primary, fallback, text) = Recognize(FormPng);

        Assert.Multiple(() =>
        {
            Assert.That(primary.PageReads, Is.EqualTo(1));
            Assert.That(fallback.PageReads + fallback.StripReads, Is.Zero, "no eng engine is used");
            Assert.That(text, Does.Contain("納稅義務人"));
        });
    }

    private static (CountingEngine Primary, CountingEngine Fallback, string Text) Recognize(string fixture)
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(fixture)))!;
        return Recognize(scan);
    }

    private static (CountingEngine Primary, CountingEngine Fallback, string Text) Recognize(Pix scan)
    {
        var primary = new CountingEngine(Options.Languages);
        var fallback = new CountingEngine(Options.FallbackLanguages);
        using var primaryPool = new OcrEnginePool(() => primary, 1);
        using var fallbackPool = new OcrEnginePool(() => fallback, 1);
        var recognizer = new PageRecognizer(
            new LeptonicaPagePreprocessor(Options.TargetResolution, Options.DefaultResolution), primaryPool, fallbackPool);
        var text = recognizer.Recognize(scan, 1, CancellationToken.None).RawText;
        return (primary, fallback, text);
    }

    // A probe strip comes without bands of ink; a prepared page with them.
    private sealed class CountingEngine(string languages) : IOcrEngine
    {
        private readonly Lazy<TesseractOcrEngine> inner = new(
            () => new TesseractOcrEngine(languages, Options.TessdataPath, Options.PageSegmentationMode, Options.OcrTimeoutSeconds));

        public int PageReads { get; private set; }

        public int StripReads { get; private set; }

        public List<double?> PageGlyphHeights { get; } = [];

        public OcrResult Recognize(PreparedPage page, CancellationToken cancellationToken)
        {
            if (page.TextBands is null && page.Cells.Count == 0)
            {
                StripReads++;
            }
            else
            {
                PageReads++;
                PageGlyphHeights.Add(page.GlyphHeight);
            }

            return inner.Value.Recognize(page, cancellationToken);
        }

        public void Dispose()
        {
            if (inner.IsValueCreated)
            {
                inner.Value.Dispose();
            }
        }
    }
}
