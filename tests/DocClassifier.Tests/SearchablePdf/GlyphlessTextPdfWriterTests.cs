using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;
using DocClassifier.Routing;
using DocClassifier.SearchablePdf;
using DocClassifier.Tests.Routing;
using DocClassifier.Tests.Support;
using UglyToad.PdfPig.Tokens;

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
    public void AGreyPng_IsEmbeddedAsItsCompressedRows_NotDecodedAndEncodedAgain()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng));

        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        var rows = PageImage.FromPng(File.ReadAllBytes(document.ArchivePath));
        Assert.That(rows, Is.Not.Null, "the fixture is a grey PNG of 8 bits");
        var path = ResultPath(document.Id + ".pdf");
        Assert.That(File.ReadAllBytes(path).AsSpan().IndexOf(PageImageBytes.Of(rows!)), Is.GreaterThan(0), "the PNG's IDAT data, as it is");
        Assert.That(PdfTools.MeanGrey(path), Is.GreaterThan(200), "PNG's row filters undone by the reader: white paper, not noise");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(rows.Width * 72.0 / 300).Within(0.01), "an A4-shaped page that states no resolution is taken at 300 dpi");
    }

    [Test]
    public void APngThatStatesItsResolution_GivesAPageOfThatSize_WithoutBeingDecoded()
    {
        byte[] png;
        using (var pix = DocClassifier.Extraction.Native.Pix.TryRead(File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng)))!)
        {
            pix.Resolution = 200;
            png = pix.Encode(DocClassifier.Extraction.Native.LeptonicaApi.FormatPng);
        }

        var (document, extracted) = Archive(folder.Write("form-200.png", png));

        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        var path = ResultPath(document.Id + ".pdf");
        var rows = PageImage.FromPng(png)!;
        Assert.That(File.ReadAllBytes(path).AsSpan().IndexOf(PageImageBytes.Of(rows)), Is.GreaterThan(0));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(rows.Width * 72.0 / 200).Within(0.5), "pHYs says 200 dpi (in pixels a metre, so within rounding)");
        Assert.That(PdfTools.Check(path).ExitCode, Is.Zero);
        Assert.That(TextAccuracy.OrderFreeCharacterRecall(PdfTools.Text(path), extracted.Text), Is.GreaterThanOrEqualTo(0.97));
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

        writer.Write(document.ArchivePath, document.Id, extracted, first);
        writer.Write(document.ArchivePath, document.Id, extracted, second);

        Assert.That(first.ToArray(), Is.EqualTo(second.ToArray()));
    }

    [TestCase(GeneratedFixtures.TwoPageTiff)]
    [TestCase(GeneratedFixtures.JpegImagePdf)]
    public void AScan_ClaimsPdfA2b_InAnXmpPacketThatAgreesWithTheInfoDictionary(string fixture)
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(fixture));
        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));
        var path = ResultPath(document.Id + ".pdf");

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.That(pdf.TryGetXmpMetadata(out var metadata), Is.True, "the catalog names an XMP stream");
        var xmp = metadata!.GetXDocument();
        string? Value(XNamespace space, string name) => xmp.Descendants(space + name).SingleOrDefault()?.Value;
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/", dc = "http://purl.org/dc/elements/1.1/", xmpBasic = "http://ns.adobe.com/xap/1.0/", pdfNs = "http://ns.adobe.com/pdf/1.3/";
        Assert.That((Value(pdfaid, "part"), Value(pdfaid, "conformance")), Is.EqualTo(("2", "B")));
        Assert.That(Value(dc, "title"), Is.EqualTo(pdf.Information.Title).And.EqualTo(extracted.FileName));
        Assert.That(Value(pdfNs, "Producer"), Is.EqualTo(pdf.Information.Producer).And.EqualTo(GlyphlessTextPdfWriter.Producer));
        var created = pdf.Information.GetCreatedDateTimeOffset();
        Assert.That(created, Is.Not.Null);
        Assert.That(DateTimeOffset.Parse(Value(xmpBasic, "CreateDate")!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(created));
        Assert.That(DateTimeOffset.Parse(Value(xmpBasic, "ModifyDate")!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(pdf.Information.GetModifiedDateTimeOffset()));

        var metadataStream = (StreamToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["Metadata"]);
        Assert.That(metadataStream.StreamDictionary.ContainsKey(NameToken.Filter), Is.False, "PDF/A: the metadata stream is not filtered");
        Assert.That(pdf.Structure.Trailer.Identifier, Has.Count.EqualTo(2), "a file identifier in the trailer");
        Assert.That(((HexToken)pdf.Structure.Trailer.Identifier[0]).Bytes.ToArray(), Is.EqualTo(SHA256.HashData(File.ReadAllBytes(document.ArchivePath))[..16]), "the first half of the original's SHA-256");
        var head = File.ReadAllBytes(path).AsSpan(0, 16).ToArray();
        Assert.That(head[9], Is.EqualTo((byte)'%'));
        Assert.That(head[10..14], Has.All.GreaterThanOrEqualTo(128), "a comment of four bytes of 128 or more after the header");
    }

    [Test]
    public void AScan_HasAnSrgbOutputIntent_WhoseProfileIsAnRgbIccProfile()
    {
        var (document, extracted) = Archive(GeneratedFixtures.PathOf(GeneratedFixtures.FormPng));
        _ = Deliver(document, extracted, new GlyphlessTextPdfWriter(new ExtractionOptions()));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(ResultPath(document.Id + ".pdf"));
        var intents = (ArrayToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["OutputIntents"]);
        Assert.That(intents.Data, Has.Count.EqualTo(1));
        var intent = (DictionaryToken)Resolve(pdf, intents.Data[0]);
        Assert.That(((NameToken)intent.Data["S"]).Data, Is.EqualTo("GTS_PDFA1"));
        Assert.That(intent.Data.ContainsKey("OutputConditionIdentifier"), Is.True);
        var profile = (StreamToken)Resolve(pdf, intent.Data["DestOutputProfile"]);
        Assert.That(((NumericToken)profile.StreamDictionary.Data["N"]).Int, Is.EqualTo(3));
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(profile.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var icc = inflated.ToArray();
        Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(icc), Is.EqualTo(icc.Length));
        Assert.That(System.Text.Encoding.ASCII.GetString(icc, 36, 4), Is.EqualTo("acsp"));
        Assert.That(System.Text.Encoding.ASCII.GetString(icc, 16, 4), Is.EqualTo("RGB "));
    }

    private static IToken Resolve(UglyToad.PdfPig.PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.TokenScanner.Get(reference.Data)!.Data : token;

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

        public void Write(string originalPath, string documentId, ExtractedDocument extracted, Stream output)
        {
            output.Write([1, 2, 3]);
            throw new IOException("disk on fire");
        }
    }
}
