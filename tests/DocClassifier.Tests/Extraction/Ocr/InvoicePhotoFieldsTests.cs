using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Fields;
using DocClassifier.Samples.Photos;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A phone photo of an invoice goes through the photo steps, and its key values come out as fields.</summary>
[TestFixture]
[Category("Ocr")]
public class InvoicePhotoFieldsTests
{
    private InvoicePhoto photo = null!;
    private IReadOnlyList<ExtractedField> fields = [];
    private string text = string.Empty;

    [OneTimeSetUp]
    public void PhotographAndReadAnInvoice()
    {
        // The first of a set that is not the benchmark's held-out one (seed 1800): an e-invoice proof in Noto Sans.
        photo = InvoicePhotos.Generate(1, seed: 7).Single();
        using var folder = new TempFolder();
        var path = folder.Write(photo.Name, photo.Jpeg);
        var pages = Extractions.Extract(path).Pages.Select(p => p.Text).ToList();
        text = string.Join('\n', pages);
        fields = FieldExtractors.ExtractAll(pages);
    }

    [Test]
    public void TheInvoicePhoto_IsTakenForAPhoto()
    {
        using var pix = Pix.TryRead(photo.Jpeg)!;
        using var flat = new PhotoNormalizer(PhotoNormalization.TargetGlyphHeight, new DocClassifier.Extraction.ExtractionOptions().TargetResolution).Normalize(pix);

        Assert.That(flat, Is.Not.Null);
    }

    [Test]
    public void ItsInvoiceNumber_IsFound() => Assert.That(Values("invoiceNumber"), Does.Contain(photo.Number), text);

    [Test]
    public void BothTaxIds_AreFound() => Assert.That(Values("businessNumber"), Is.SupersetOf(photo.TaxIds), text);

    [Test]
    public void ItsDate_IsFound() => Assert.That(Values("date"), Does.Contain(photo.Date), text);

    [Test]
    public void ItsTotal_IsFound() => Assert.That(Values("amount"), Does.Contain(photo.Total), text);

    private IEnumerable<string> Values(string name) => fields.Where(f => f.Name == name && f.IsValid).Select(f => f.Value);
}
