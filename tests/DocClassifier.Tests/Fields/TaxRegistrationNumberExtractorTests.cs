using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class TaxRegistrationNumberExtractorTests
{
    private readonly TaxRegistrationNumberExtractor extractor = new();

    [TestCase("房屋稅籍編號：140102030405", "140102030405", "140102030405")]
    [TestCase("稅籍編號 14010203040", "14010203040", "14010203040")]
    [TestCase("稅籍號碼:1401020304", "1401020304", "1401020304")]
    [TestCase("房屋稅籍編號 1401-0203-0405", "140102030405", "1401-0203-0405")]
    [TestCase("稅籍編號（房屋）：１４０１０２０３０４０５", "140102030405", "１４０１０２０３０４０５")]
    [TestCase("稅籍編號 14O1O2O3O4O5", "140102030405", "14O1O2O3O4O5")]
    public void ALabelledNumber_IsFound_AsItsDigits(string text, string value, string raw) =>
        Assert.That(extractor.Single(text), Is.EqualTo(ExtractedField.Valid("houseTaxNumber", value, raw, 1)));

    [TestCase("稅籍編號：1234567", "7 digits where 10-12 are expected")]
    [TestCase("稅籍編號：12345678901234", "14 digits where 10-12 are expected")]
    public void ANumberOfTheWrongLength_IsReportedAsInvalid(string text, string problem) =>
        Assert.That(extractor.Single(text).Problem, Is.EqualTo(problem));

    [TestCase("140102030405")]
    [TestCase("統一編號 14010203040")]
    [TestCase("稅籍編號\n140102030405")]
    public void DigitsWithoutTheLabel_AreIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);
}
