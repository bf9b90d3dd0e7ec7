using DocClassifier.Fields;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class OcrDigitsTests
{
    [TestCase("l13年", "113年")]
    [TestCase("1O1號", "101號")]
    [TestCase("48,25O", "48,250")]
    [TestCase("4|8", "418")]
    [TestCase("Al23456789", "A123456789")]
    [TestCase("O4595257", "04595257")]
    public void LettersInsideANumericToken_BecomeDigits(string text, string repaired) =>
        Assert.That(OcrDigits.Repair(text), Is.EqualTo(repaired));

    [TestCase("ABO-1234", Description = "no digits in the letter group")]
    [TestCase("Iot 12", Description = "a word")]
    [TestCase("I123456789", Description = "an ID whose letter is I")]
    [TestCase("O234567896", Description = "an ID whose letter is O")]
    [TestCase("|48|", Description = "table rules")]
    [TestCase("1O", Description = "one digit is too little to call a token numeric")]
    [TestCase("Hello World 2024")]
    public void OtherTokens_AreLeftAlone(string text) =>
        Assert.That(OcrDigits.Repair(text), Is.EqualTo(text));
}
