using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class InvoiceNumberExtractorTests
{
    private readonly InvoiceNumberExtractor extractor = new();

    [TestCase("發票號碼：AB38217658", "AB38217658")]
    [TestCase("RC-41730582", "RC41730582")]
    [TestCase("FY 06218843", "FY06218843")]
    [TestCase("RH 30492716 中華民國110年9-10月份", "RH30492716")]
    [TestCase("發票號碼:FYO6218843", "FY06218843")]
    [TestCase("QD57103624 (隨機碼4817)", "QD57103624")]
    public void AnInvoiceNumber_IsReadWithoutItsDash(string text, string value)
    {
        var field = extractor.Single(text);

        Assert.That(field.Value, Is.EqualTo(value));
        Assert.That(field.IsValid, Is.True);
    }

    [TestCase("變動載具號碼 11008BB42518759")]
    [TestCase("A123456789")]
    [TestCase("AB1234567")]
    [TestCase("AB123456789")]
    [TestCase("ABC12345678")]
    [TestCase("車牌 AB-1234")]
    public void ACodeThatIsNotAnInvoiceNumber_IsNotFound(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [Test]
    public void AReviewerCorrection_IsNormalisedLikeAFoundNumber() =>
        Assert.That(FieldCorrections.Normalize(new FieldCorrection("invoiceNumber", FieldCorrection.New, "ab-12345678")).Value, Is.EqualTo("AB12345678"));
}
