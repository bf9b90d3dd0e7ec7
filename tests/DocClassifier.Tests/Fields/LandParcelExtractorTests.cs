using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class LandParcelExtractorTests
{
    private readonly LandParcelExtractor extractor = new();

    [TestCase("祥和段 0723-0027 地號", "祥和段 0723-0027")]
    [TestCase("祥和段723-27地號", "祥和段 0723-0027")]
    [TestCase("祥和段0723-0027", "祥和段 0723-0027")]
    [TestCase("臺中市大里區祥和段 723-27 地號", "祥和段 0723-0027")]
    [TestCase("土地坐落：祥和段 0723-0027 地號", "祥和段 0723-0027")]
    [TestCase("土地坐落祥和段 0723-0027 地號", "祥和段 0723-0027")]
    [TestCase("新市區新市段 12 地號", "新市段 0012-0000")]
    [TestCase("某某段某小段 123-4 地號", "某某段某小段 0123-0004")]
    [TestCase("頂街段頂街小段 55之3地號", "頂街段頂街小段 0055-0003")]
    [TestCase("祥和段０７２３－００２７地號", "祥和段 0723-0027")]
    [TestCase("地號 0723-0027", "0723-0027")]
    [TestCase("地號：723", "0723-0000")]
    public void AParcel_IsFound_WithItsNumberPaddedFourAndFour(string text, string value) =>
        Assert.That(extractor.Single(text).Value, Is.EqualTo(value));

    [Test]
    public void TheRawText_IsTheSectionAndNumberAsWritten() =>
        Assert.That(extractor.Single("坐落：祥和段 723-27 地號，面積 100 平方公尺").Raw, Is.EqualTo("祥和段 723-27 地號"));

    [TestCase("臺中市中正路一段 12-3 號")]
    [TestCase("民權路二段0723-0027")]
    [TestCase("大里區祥和段 12 號")]
    [TestCase("祥和段 12-3")]
    public void AnAddressOrANumberThatIsNotAParcel_IsIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [Test]
    public void SeveralParcels_AreFound() =>
        Assert.That(extractor.Values("祥和段 0723-0027 地號、祥和段 0723-0028 地號\n地號 0100-0000"),
            Is.EqualTo(new[] { "祥和段 0723-0027", "祥和段 0723-0028", "0100-0000" }));
}
