using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class VehiclePlateExtractorTests
{
    private readonly VehiclePlateExtractor extractor = new();

    [TestCase("ABC-1234")]
    [TestCase("AB-1234")]
    [TestCase("1234-AB")]
    [TestCase("ABC-123")]
    public void ACommonPlate_IsFound_WithoutALabel(string plate) =>
        Assert.That(extractor.Single($"使用牌照稅 {plate} 自用小客車"), Is.EqualTo(ExtractedField.Valid("vehiclePlate", plate, plate, 1)));

    [TestCase("車牌號碼：ABC-1234", "ABC-1234")]
    [TestCase("車號 abc 1234", "ABC-1234")]
    [TestCase("車牌:ABC1234", "ABC-1234")]
    [TestCase("牌照號碼 6R-1234", "6R-1234")]
    [TestCase("車號：ＡＢＣ－１２３４", "ABC-1234")]
    [TestCase("車號：ABC-12O4", "ABC-1204")]
    public void ALabelledPlate_IsFound_InLooserForms(string text, string plate) =>
        Assert.That(extractor.Single(text).Value, Is.EqualTo(plate));

    [TestCase("A123456789")]
    [TestCase("2024-05-01")]
    [TestCase("0723-0027")]
    [TestCase("ABCD-12345")]
    [TestCase("abc-1234")]
    [TestCase("使用牌照稅 113年")]
    [TestCase("車號 1234")]
    public void TextThatIsNotAPlate_IsIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);
}
