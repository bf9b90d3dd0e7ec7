using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples.OcrPages;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Which languages read a page: an English page once with eng, a Chinese form once with chi_tra, a Chinese page the probe
/// took for Latin again with chi_tra.</summary>
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

    [Test]
    public void APrintedEMail_WhoseBandNearestTheMiddleIsItsUrl_IsReadAsChinese()
    {
        // Set B's e-mail printout: Chinese headers and body in the top half, the browser's URL footer alone near the middle.
        // The probe's strip is the URL (Latin), eng reads the page with little confidence, and the check of the Latin reading
        // looked at the same band: the page came back as Latin scraps.
        var (image, _) = OcrPageSet.Render(
            (page, _, _) =>
            {
                page.Line("2025/4/18 上午10:47        Outlook - 稅單改寄電子郵件", 10);
                page.Gap(14);
                page.Line("寄件者：戴惠春 <tina245@yahoo.com.tw>", 12);
                page.Line("寄件日期：2025年4月18日 上午 10:47", 12);
                page.Line("收件者：mailbox@tax.ntpc.gov.tw", 12);
                page.Line("主旨：稅單改寄電子郵件", 12);
                page.Gap(14);
                page.Line("您好：", 12);
                _ = page.Paragraph("我是納稅人戴惠春，以後房屋稅、地價稅的稅單想改成寄到電子信箱，不要再寄紙本。另外若仍有紙本通知，請寄到我現在的住址。請問這樣用 email 申請可以嗎？謝謝。", 12);
                page.Y = page.Bottom / 2;
                page.Line("https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM9673462      1/1", 10);
            },
            OcrFaces.NotoSans,
            new OcrPageScan(OcrPageScan.Grey, 200, 0.3f, 0),
            seed: 18);
        using var scan = Pix.TryRead(image)!;

        var (primary, _, text) = Recognize(scan);

        Assert.Multiple(() =>
        {
            Assert.That(primary.PageReads, Is.EqualTo(1), "read with chi_tra");
            Assert.That(text, Does.Contain("稅單改寄").And.Contain("電子信箱"));
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
