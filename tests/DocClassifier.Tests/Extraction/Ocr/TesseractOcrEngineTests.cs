using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Samples;
using DocClassifier.Tests.Support;
using static DocClassifier.Tests.Support.GeneratedFixtures;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Real Tesseract reads only where the preprocessor found ink: the bands outside the cells, and the cells.</summary>
[TestFixture]
[Category("Ocr")]
public class TesseractOcrEngineTests
{
    private static readonly ExtractionOptions Options = new();

    [Test]
    public void AroundATable_OnlyTheBandsOfInk_AreRead()
    {
        using var form = PreparedForm();
        Assert.That(form.TextBands, Is.Not.Null.And.Not.Empty);
        var titleBand = form.TextBands![0];
        using var engine = Engine();

        var text = engine.Recognize(form with { TextBands = [titleBand] }, CancellationToken.None).Text;

        Assert.That(text, Does.Contain("房屋稅減免申請書").And.Contain("納稅義務人").And.Not.Contain("申請事由"));
    }

    [Test]
    public void ALoneCharacterInAWideOneLineCell_IsRead_WithoutTheWordModeThatKilledTheProcess()
    {
        // The service benchmark's scanned form, its page 58 (seed 158, turned 1°): the line model read the 代理人 cell's
        // value 無 as nothing, and the single-word mode tried next aborted the whole process inside Tesseract 5.3 when
        // reading with chi_tra+HanT. The raw-line mode reads it.
        using var form = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300);
        using var scan = new ScanDegrader(158) { RotationDegrees = 1 }.Degrade(form.Bitmap);
        using var png = new MemoryStream();
        ImageWriters.SavePng(scan, png);
        using var folder = new TempFolder();

        var text = Extractions.Extract(folder.Write("page-0058.png", png.ToArray())).Text;

        Assert.That(text, Does.Contain("代理人無"), text);
    }

    [TestCase(928, 1744, -5, 138)]
    [TestCase(-40, -40, 30, 30)]
    [TestCase(100000, 100, 200, 50)]
    public void ARectangleOfNoWidthOrOutsideTheImage_IsReadAsNothing_WithoutCrashingTheProcess(int x, int y, int width, int height)
    {
        // A row read again from a column of list numbers, on a page scanned sideways, was a rectangle of width -5 (the first
        // case): Tesseract thresholded outside the image and the process died of a segmentation fault.
        using var form = PreparedForm();
        using var engine = Engine();
        engine.SetImage(form.Image);

        var reading = engine.ReadRectangle(new PixelRect(x, y, width, height), TesseractApi.PsmSingleLine);

        Assert.That(reading, Is.EqualTo((string.Empty, 0)));
    }

    [Test]
    public void ARectangleHalfOutsideTheImage_IsReadInsideIt()
    {
        using var form = PreparedForm();
        var title = form.TextBands![0];
        using var engine = Engine();
        engine.SetImage(form.Image);

        var (text, _) = engine.ReadRectangle(title with { X = title.X - 10000, Width = title.Width + 10000 }, TesseractApi.PsmAuto);

        Assert.That(text.Replace(" ", string.Empty, StringComparison.Ordinal), Does.Contain("房屋稅減免申請書"), text);
    }

    [Test]
    public void TheBandsAroundATable_KeepTheirBlocksApart()
    {
        // Tesseract numbers the blocks of each band it reads from 0; a block above the table and one below it with the same
        // number were taken for one column (a form's values above its table and its notes below were read after all else).
        using var form = PreparedForm();
        Assert.That(form.TextBands, Has.Count.GreaterThanOrEqualTo(2));
        using var engine = Engine();

        var lines = engine.Recognize(form, CancellationToken.None).Lines.Where(l => l.Block >= 0).ToList();
        var blocksByBand = form.TextBands!
            .Select(band => lines.Where(l => l.Box.CenterY >= band.Y && l.Box.CenterY < band.Bottom).Select(l => l.Block).ToHashSet())
            .Where(blocks => blocks.Count > 0)
            .ToList();

        Assert.That(blocksByBand, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(blocksByBand.SelectMany(b => b).Count(), Is.EqualTo(blocksByBand.SelectMany(b => b).Distinct().Count()), string.Join(" / ", blocksByBand.Select(b => string.Join(',', b))));
    }

    [Test]
    public void APageWithoutInk_IsNotRead()
    {
        using var form = PreparedForm();
        using var engine = Engine();

        var result = engine.Recognize(form with { Cells = [], TextBands = [] }, CancellationToken.None);

        Assert.That((result.Text, result.MeanConfidence), Is.EqualTo((string.Empty, 0)));
    }

    [Test]
    public void AFormsCellsAndTheTextAroundThem_AreAllRead()
    {
        using var form = PreparedForm();
        Assert.That(form.Cells, Is.Not.Empty);
        using var engine = Engine();

        var text = engine.Recognize(form, CancellationToken.None).Text;

        Assert.That(text, Does.Contain("房屋稅減免申請書").And.Contain("納稅義務人").And.Contain("申請事由"));
    }

    [Test]
    public void TheLatinFallback_DoesNotReadDoubtfulShortLinesAgain()
    {
        // A Chinese form read with the Latin model: every line is doubtful, most of them short.
        using var form = PreparedForm();
        using var fallback = DocumentExtraction.Engine(Options, fallback: true);
        using var rereading = new TesseractOcrEngine(Options.FallbackLanguages, Options.TessdataPath, Options.PageSegmentationMode, Options.OcrTimeoutSeconds);

        _ = fallback.Recognize(form, CancellationToken.None);
        _ = rereading.Recognize(form, CancellationToken.None);

        Assert.That((fallback.ShortLinesReadAgain, rereading.ShortLinesReadAgain > 0), Is.EqualTo((0, true)));
    }

    private static PreparedPage PreparedForm()
    {
        using var scan = Pix.TryRead(File.ReadAllBytes(PathOf(FormPng)))!;
        return new LeptonicaPagePreprocessor(Options.TargetResolution, Options.DefaultResolution).Prepare(scan);
    }

    private static TesseractOcrEngine Engine() =>
        new(Options.Languages, Options.TessdataPath, Options.PageSegmentationMode, Options.OcrTimeoutSeconds);
}
