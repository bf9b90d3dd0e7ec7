using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class NationalIdExtractorTests
{
    private readonly NationalIdExtractor extractor = new();

    [TestCase("A123456789")]
    [TestCase("I123456781", Description = "I is 34")]
    [TestCase("O234567896", Description = "O is 35")]
    [TestCase("W222222227", Description = "W is 32")]
    [TestCase("Z187654324", Description = "Z is 33")]
    [TestCase("F135792464")]
    public void AValidId_Passes_TheChecksum(string id)
    {
        var field = extractor.Single($"身分證統一編號：{id}");

        Assert.That(field, Is.EqualTo(ExtractedField.Valid("nationalId", id, id, 1)));
    }

    [TestCase("A800000014")]
    [TestCase("X901234569")]
    [TestCase("Y855555554")]
    public void ANewResidentCertificate_Passes_TheSameChecksum(string id) =>
        Assert.That(extractor.Single($"居留證號 {id}").IsValid, Is.True);

    [TestCase("AB12345677")]
    [TestCase("FC98765432")]
    [TestCase("HD00000011")]
    public void AnOldResidentCertificate_CountsItsSecondLetter_ByTheLastDigitOfItsCode(string id) =>
        Assert.That(extractor.Single(id).IsValid, Is.True);

    [TestCase("A123456788")]
    [TestCase("B223456789")]
    [TestCase("A800000015")]
    [TestCase("AB12345678")]
    public void AFailedChecksum_IsReported_AsInvalid(string id)
    {
        var field = extractor.Single($"統一編號 {id}");

        Assert.That(field.IsValid, Is.False);
        Assert.That(field.Value, Is.EqualTo(id));
        Assert.That(field.Problem, Is.EqualTo("checksum does not match"));
    }

    [Test]
    public void FullWidthCharacters_AreRead_AndTheRawTextIsKept()
    {
        var field = extractor.Single("身分證統一編號：Ａ１２３４５６７８９（男）");

        Assert.That(field.Value, Is.EqualTo("A123456789"));
        Assert.That(field.Raw, Is.EqualTo("Ａ１２３４５６７８９"));
    }

    [TestCase("A123 456 789", "A123456789")]
    [TestCase("A 123456789", "A123456789")]
    [TestCase("a123456789", "A123456789")]
    [TestCase("Al23456789", "A123456789")]
    [TestCase("A80OO00014", "A800000014")]
    public void OcrSpacesCaseAndLettersForDigits_AreRepaired(string written, string id)
    {
        var field = extractor.Single($"ID: {written}.");

        Assert.That(field.Value, Is.EqualTo(id));
        Assert.That(field.IsValid, Is.True);
        Assert.That(field.Raw, Is.EqualTo(written));
    }

    [TestCase("XA123456789")]
    [TestCase("A1234567890")]
    [TestCase("A323456789")]
    [TestCase("A12345678")]
    public void TextThatIsNotAnId_IsIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [TestCase('A', 10)]
    [TestCase('H', 17)]
    [TestCase('I', 34)]
    [TestCase('J', 18)]
    [TestCase('O', 35)]
    [TestCase('P', 23)]
    [TestCase('V', 29)]
    [TestCase('W', 32)]
    [TestCase('X', 30)]
    [TestCase('Y', 31)]
    [TestCase('Z', 33)]
    public void LetterCodes_FollowTheOfficialTable(char letter, int code) =>
        Assert.That(NationalIdChecksum.LetterCode(letter), Is.EqualTo(code));
}
