using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;
using DocClassifier.Routing;
using DocClassifier.SearchablePdf;
using DocClassifier.Tests.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.SearchablePdf;

/// <summary>
/// Scans delivered through the result sink come out as searchable PDFs that qpdf finds sound and from which pdftotext
/// gives back the text OCR read; born-digital PDFs come out as they came.
/// </summary>
[TestFixture]
[Category("Ocr")]
public class GlyphlessTextPdfWriterTests
{
    private TempFolder folder = null!;
    private string resultsRoot = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new TempFolder();
        resultsRoot = Path.Combine(folder.Path, "results");
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase(GeneratedFixtures.FormPng)]
    [TestCase(GeneratedFixtures.FormJpeg)]
    [TestCase(GeneratedFixtures.TwoPageTiff)]
    [TestCase(GeneratedFixtures.JpegImagePdf)]
    [TestCase(GeneratedFixtures.FlateImagePdf)]
    public void AScanDelivered_HasASearchablePdf_ThatQpdfPasses_AndWhoseTextIsTheOcrText(string fixture)
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(fixture));

        var json = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        var pdf = ResultPath(document.Id + ".pdf");
        Assert.That(json["searchablePdf"]?.GetValue<string>(), Is.EqualTo(document.Id + ".pdf"));
        Assert.That(json["warnings"], Is.Null);
        var (exitCode, report) = PdfTools.Check(pdf);
        Assert.That(exitCode, Is.Zero, report);
        Assert.That(PdfTools.Pages(pdf), Is.EqualTo(extracted.Pages.Count));
        var recall = TextAccuracy.OrderFreeCharacterRecall(PdfTools.Text(pdf), extracted.Text);
        Assert.That(recall, Is.GreaterThanOrEqualTo(0.97), "characters of the OCR text that pdftotext gives back");
    }

    [Test]
    public void ABlackAndWhiteScan_ComesOutBlackOnWhite()
    {
        using (var grey = DocClassifier.Extraction.Native.Pix.TryRead(File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng)))!)
        using (var bilevel = DocClassifier.Extraction.Native.Pix.Own(DocClassifier.Extraction.Native.LeptonicaApi.PixThresholdToBinary(grey.Pointer, 128), "binarisation"))
        {
            bilevel.Resolution = 300;
            _ = DocClassifier.Extraction.Native.LeptonicaApi.PixWriteTiff(Path.Combine(folder.Path, "fax.tif"), bilevel.Pointer, DocClassifier.Extraction.Native.LeptonicaApi.FormatTiffG4, "w");
        }

        var (document, extracted) = Archive(Path.Combine(folder.Path, "fax.tif"));

        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        var pdf = ResultPath(document.Id + ".pdf");
        Assert.That(PdfTools.Check(pdf).ExitCode, Is.Zero);
        Assert.That(PdfTools.MeanGrey(pdf), Is.GreaterThan(200), "white paper, not a negative");
        Assert.That(TextAccuracy.OrderFreeCharacterRecall(PdfTools.Text(pdf), extracted.Text), Is.GreaterThanOrEqualTo(0.97));
    }

    [Test]
    public void AnImageScan_KeepsItsOriginalBesideTheSearchablePdf()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng));

        var json = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        Assert.That(json["documentFile"]?.GetValue<string>(), Is.EqualTo(document.Id + ".png"));
        Assert.That(File.ReadAllBytes(ResultPath(document.Id + ".png")), Is.EqualTo(File.ReadAllBytes(document.ArchivePath)));
        Assert.That(File.Exists(ResultPath(document.Id + ".pdf")), Is.True);
    }

    [Test]
    public void AJpegScan_IsEmbeddedAsItCame_NotEncodedAgain()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.FormJpeg));

        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        var jpeg = File.ReadAllBytes(document.ArchivePath);
        var pdf = File.ReadAllBytes(ResultPath(document.Id + ".pdf"));
        Assert.That(pdf.AsSpan().IndexOf(jpeg), Is.GreaterThan(0));
    }

    [Test]
    public void ABornDigitalPdf_IsDeliveredAsItCame_WithoutASearchablePdf()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf));

        var json = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        Assert.That(json["searchablePdf"], Is.Null);
        Assert.That(File.ReadAllBytes(ResultPath(document.Id + ".pdf")), Is.EqualTo(File.ReadAllBytes(document.ArchivePath)));
    }

    [Test]
    public void AWriterThatFails_StillDeliversTheOriginalAndTheJson_WithAWarning()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.JpegImagePdf));

        var json = Deliver(document, extracted, new FailingWriter());

        Assert.That(json["searchablePdf"], Is.Null);
        Assert.That(json["warnings"]?.AsArray().Select(w => w!.GetValue<string>()), Has.One.Contains("searchable PDF could not be written").And.One.Contains("disk on fire"));
        Assert.That(File.ReadAllBytes(ResultPath(document.Id + ".pdf")), Is.EqualTo(File.ReadAllBytes(document.ArchivePath)), "the original, as it came");
        Assert.That(Directory.EnumerateFiles(resultsRoot, "*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }), Is.Empty);
    }

    [Test]
    public void TurnedOff_NoSearchablePdfIsWritten()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng));

        var json = Deliver(document, extracted, new NoSearchablePdfWriter());

        Assert.That(json["searchablePdf"], Is.Null);
        Assert.That(File.Exists(ResultPath(document.Id + ".pdf")), Is.False);
    }

    [Test]
    public void TheSameScan_GivesTheSameBytes()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff));
        var writer = new GlyphlessTextPdfWriter(new ExtractionOptions());
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        writer.Write(document.ArchivePath, extracted, first);
        writer.Write(document.ArchivePath, extracted, second);

        Assert.That(first.ToArray(), Is.EqualTo(second.ToArray()));
    }

    private (DocumentInfo Document, ExtractedDocument Extracted) Archive(string fixture)
    {
        var content = File.ReadAllBytes(fixture);
        var id = Convert.ToHexStringLower(SHA256.HashData(content));
        var archived = folder.Write(id + Path.GetExtension(fixture), content);
        var document = new DocumentInfo(id, Path.GetFileName(fixture), string.Empty, RoutingSamples.ReceivedAt, archived);
        return (document, Extractions.ExtractOnce(archived));
    }

    private JsonNode Deliver(DocumentInfo document, ExtractedDocument extracted, ISearchablePdfWriter writer)
    {
        new FolderResultSink(resultsRoot, writer).Deliver(document, extracted, [], RoutingSamples.ByModel());
        var json = File.ReadAllText(ResultPath(document.Id + ".json"));
        Assert.That(Schemas.Errors(Schemas.Result, json), Is.Empty);
        return JsonNode.Parse(json)!;
    }

    private string ResultPath(string name) => Path.Combine(resultsRoot, RoutingSamples.Label, name);

    private sealed class FailingWriter : ISearchablePdfWriter
    {
        public bool Applies(ExtractedDocument extracted) => true;

        public void Write(string originalPath, ExtractedDocument extracted, Stream output)
        {
            output.Write([1, 2, 3]);
            throw new IOException("disk on fire");
        }
    }
}
