using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class BusinessNumberExtractorTests
{
    private readonly BusinessNumberExtractor extractor = new();

    [TestCase("04595257", Description = "sum 40")]
    [TestCase("22099131", Description = "sum 30")]
    [TestCase("84149961", Description = "sum 50")]
    [TestCase("10458575", Description = "seventh digit 7, sum 30")]
    [TestCase("10458574", Description = "seventh digit 7, sum 29: valid only as 29 + 1")]
    [TestCase("12345675", Description = "seventh digit 7, sum 39: valid only as 39 + 1")]
    [TestCase("04595252", Description = "sum 35: valid only under the 2023 rule")]
    public void AValidNumber_Passes_TheChecksum(string number) =>
        Assert.That(BusinessNumberChecksum.IsValid(number), Is.True);

    [TestCase("12345678", Description = "sum 42")]
    [TestCase("10458573", Description = "seventh digit 7, sum 28 and 29")]
    [TestCase("04595258", Description = "sum 41")]
    [TestCase("0459525", Description = "seven digits")]
    [TestCase("0459525A")]
    public void AnInvalidNumber_Fails_TheChecksum(string number) =>
        Assert.That(BusinessNumberChecksum.IsValid(number), Is.False);

    [TestCase("統一編號：04595257")]
    [TestCase("統編 04595257")]
    [TestCase("營利事業統一編號 (UBN): 04595257")]
    [TestCase("扣繳單位統一編號　０４５９５２５７")]
    [TestCase("統一編號 0459 5257")]
    [TestCase("統一編號：O4595257")]
    public void ALabelledNumber_IsFound(string text) =>
        Assert.That(extractor.Values(text), Is.EqualTo(new[] { "04595257" }));

    [TestCase("統一編號：1O458575", "1O458575")]
    [TestCase("統一編號：l0458575", "l0458575")]
    public void LettersForDigits_AreRepaired(string text, string raw)
    {
        var field = extractor.Single(text);

        Assert.That(field.Value, Is.EqualTo("10458575"));
        Assert.That(field.Raw, Is.EqualTo(raw));
        Assert.That(field.IsValid, Is.True);
    }

    [Test]
    public void ALabelledNumber_WithAFailedChecksum_IsReportedAsInvalid()
    {
        var field = extractor.Single("統一編號：12345678");

        Assert.That(field.IsValid, Is.False);
        Assert.That(field.Problem, Is.EqualTo("checksum does not match"));
    }

    [Test]
    public void AnUnlabelledNumber_IsReportedOnlyWhenItsChecksumHolds() =>
        Assert.That(extractor.Values("買受人 大明實業 04595257 金額 12345678"), Is.EqualTo(new[] { "04595257" }));

    [Test]
    public void ACashRegisterInvoicesSellerNumber_AfterALoneHash_IsFound() =>
        Assert.That(extractor.Values("TEL:06-1234567 #04595257"), Is.EqualTo(new[] { "04595257" }));

    [TestCase("電話：04595257")]
    [TestCase("INV#04595257")]
    [TestCase("No.3#04595257")]
    [TestCase("電話 02-04595257")]
    [TestCase("帳號 04595257")]
    [TestCase("稅籍編號 04595257")]
    [TestCase("104595257")]
    [TestCase("113.04595257")]
    public void AnUnlabelledNumber_ThatBelongsToSomethingElse_IsIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [Test]
    public void TheLabelOfANationalId_IsNotABusinessNumberLabel() =>
        Assert.That(extractor.On("身分證統一編號：A123456789"), Is.Empty);
}
