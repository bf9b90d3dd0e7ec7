using DocClassifier.Extraction;
using DocClassifier.Extraction.Images;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Images;

/// <summary>A TIFF whose small first page hides a huge second one is refused from its directories, before any page is decoded.</summary>
[TestFixture]
public class TiffBombTests
{
    // Decoding the huge page alone takes 361 MB; checking directories takes next to nothing.
    private const double MaxGrowthMegabytes = 100;

    [Test]
    public void ASmallFirstPageFollowedByAHugeOne_IsRefusedAsTooLarge_BeforeAnyPageIsDecoded()
    {
        using var folder = new TempFolder();
        var bomb = folder.Write("bomb.tif", TiffBomb.Write());
        Extractions.Default.Extractor.Extract(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff)); // engines loaded before the measurement

        var before = PeakMemory.Reset();
        var error = Assert.Throws<ExtractionException>(() => Extractions.Default.Extractor.Extract(bomb))!;
        var growth = PeakMemory.PeakMegabytes() - before;

        TestContext.Out.WriteLine($"peak grew by {growth:F0} MB");
        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.ImageTooLarge));
        Assert.That(error.Message, Does.Contain("19,000 x 19,000"));
        Assert.That(growth, Is.LessThan(MaxGrowthMegabytes), "peak memory while refusing (MB)");
    }

    [Test]
    public void ThePreview_CountsPagesWithoutDecodingThem_AndDecodesOnlyTheRequestedPage()
    {
        var bomb = TiffBomb.Write();

        var before = PeakMemory.Reset();
        var count = TiffPages.Count(bomb);
        var first = TiffPages.PageAsPng(bomb, 1);
        var huge = Assert.Throws<ExtractionException>(() => TiffPages.PageAsPng(bomb, 2))!;
        var growth = PeakMemory.PeakMegabytes() - before;

        Assert.That(count, Is.EqualTo(2));
        Assert.That(first, Is.Not.Null.And.Not.Empty, "page 1 as PNG");
        Assert.That(huge.Code, Is.EqualTo(ExtractionErrorCode.ImageTooLarge));
        Assert.That(TiffPages.PageAsPng(bomb, 3), Is.Null, "past the last page");
        Assert.That(growth, Is.LessThan(MaxGrowthMegabytes), "peak memory of counting and previewing (MB)");
    }

    [Test]
    public void ThePreview_ShowsNoPagePastThePageLimit()
    {
        var tiff = File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff));
        var limit = new ExtractionOptions { MaxPages = 1 };

        Assert.That(TiffPages.Count(tiff, limit), Is.EqualTo(1));
        Assert.That(TiffPages.PageAsPng(tiff, 2, limit), Is.Null);
        Assert.That(TiffPages.PageAsPng(tiff, 2), Is.Not.Null);
    }
}
