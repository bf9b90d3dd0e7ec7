using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A colon after a Chinese label loses the spaces Tesseract puts around it; other colons keep theirs.</summary>
[TestFixture]
public class ColonSpacingTests
{
    [TestCase("統一編號 : 59125450", "統一編號:59125450")]
    [TestCase("繳款期限 :中華民國114年4月3日                   銷帳編號 : 13937578327304", "繳款期限:中華民國114年4月3日                   銷帳編號:13937578327304")]
    [TestCase("課稅地址： 花蓮縣", "課稅地址：花蓮縣")]
    public void TheSpacesAroundALabelsColon_AreTakenAway(string read, string tidy) =>
        Assert.That(ColonSpacing.Tidy(read), Is.EqualTo(tidy));

    [TestCase("Time : 10:30")]
    [TestCase("Total: 1,229")]
    [TestCase("電話 (03)2033-7178")]
    public void AColonAfterLatinTextOrDigits_IsLeftAlone(string read) =>
        Assert.That(ColonSpacing.Tidy(read), Is.EqualTo(read));
}
