using System.Text;
using DocClassifier.Extraction;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction;

/// <summary>Every kind of bad input ends in an <see cref="ExtractionException"/> with a specific code and a readable reason.</summary>
[TestFixture]
public class BadInputTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void EmptyFile_IsRefusedAsEmpty()
    {
        var error = Fails(folder.Write("scan.pdf", []));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.EmptyFile));
        Assert.That(error.Message, Does.Contain("empty"));
    }

    [Test]
    public void MissingFile_IsReportedAsNotFound()
    {
        var error = Fails(Path.Combine(folder.Path, "gone.pdf"));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.FileNotFound));
        Assert.That(error.Message, Does.Contain("gone.pdf"));
    }

    [Test]
    public void TruncatedPdf_IsReportedAsCorrupt()
    {
        var whole = File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf));

        var error = Fails(folder.Write("cut.pdf", whole[..(whole.Length / 3)]));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.CorruptFile));
        Assert.That(error.Message, Does.Contain("damaged"));
    }

    [Test]
    public void TiffWithABrokenDirectory_IsReportedAsCorrupt()
    {
        var tiff = File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff));
        BitConverter.GetBytes(tiff.Length + 4096).CopyTo(tiff, 4); // first IFD offset points past the end

        var error = Fails(folder.Write("broken.tif", tiff));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.CorruptFile));
        Assert.That(error.Message, Does.Contain("damaged"));
    }

    [Test]
    public void TruncatedPng_IsReportedAsCorrupt()
    {
        var png = File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng));

        var error = Fails(folder.Write("cut.png", png[..(png.Length / 2)]));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.CorruptFile));
    }

    [Test]
    public void PasswordProtectedPdf_IsReportedAsEncrypted()
    {
        var error = Fails(folder.Write("locked.pdf", MinimalPdf.PasswordProtected()));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.Encrypted));
        Assert.That(error.Message, Does.Contain("password"));
    }

    [Test]
    public void HtmlNamedAsPdf_IsAContentMismatchThatSaysWhatItIs()
    {
        var error = Fails(folder.Write("invoice.pdf", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>not a pdf</body></html>")));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.ContentMismatch));
        Assert.That(error.Message, Does.Contain("PDF").And.Contain("HTML"));
    }

    [Test]
    public void OfficeDocument_IsAnUnsupportedFormat()
    {
        var error = Fails(folder.Write("letter.docx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0, 0]));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.UnsupportedFormat));
        Assert.That(error.Message, Does.Contain("Office"));
    }

    [Test]
    public void ImageOverThePixelLimit_IsRefusedBeforeDecoding()
    {
        var error = Fails(folder.Write("huge.png", PngHeader.Claiming(30_000, 30_000)));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.ImageTooLarge));
        Assert.That(error.Message, Does.Contain("30,000 x 30,000"));
    }

    [Test]
    public void PdfOverThePageLimit_IsRefused()
    {
        var error = Fails(folder.Write("stack.pdf", MinimalPdf.WithPages(12)), new ExtractionOptions { MaxPages = 10 });

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.TooManyPages));
        Assert.That(error.Message, Does.Contain("12 pages").And.Contain("10"));
    }

    [Test]
    public void PdfWithNoPages_IsRefused()
    {
        var error = Fails(folder.Write("none.pdf", MinimalPdf.WithPages(0)));

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.NoPages));
    }

    [Test]
    public void FileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var error = Fails(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng), new ExtractionOptions { MaxFileBytes = 1024 });

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.FileTooLarge));
    }

    [Test]
    public void Jbig2ScanWithoutPoppler_FailsWithAReasonThatNamesTheFix()
    {
        var error = Fails(folder.Write("jbig2.pdf", MinimalPdf.WithJbig2Image()), new ExtractionOptions { UsePopplerFallback = false });

        Assert.That(error.Code, Is.EqualTo(ExtractionErrorCode.UnsupportedImageEncoding));
        Assert.That(error.Message, Does.Contain("JBIG2").And.Contain("poppler-utils"));
    }

    [Test]
    public void PngNamedAsJpeg_IsReadByItsContent_WithAWarning()
    {
        var file = folder.Write("scan.jpg", File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.LetterPng)));

        var document = Extractions.Extract(file);

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Png));
        Assert.That(document.Warnings, Has.One.Contains("named as JPEG"));
        Assert.That(document.Text, Does.Contain("Harbor Light Trading"));
    }

    private static ExtractionException Fails(string path, ExtractionOptions? options = null)
    {
        using var extraction = options is null ? null : new DocumentExtraction(options);
        var extractor = extraction?.Extractor ?? Extractions.Default.Extractor;
        return Assert.Throws<ExtractionException>(() => extractor.Extract(path))!;
    }
}
