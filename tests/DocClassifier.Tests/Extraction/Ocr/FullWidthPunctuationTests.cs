using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// Commas, colons and brackets next to Chinese come out full-width, without the blanks OCR puts around them; numbers, area
/// codes and Latin text keep their own.
/// </summary>
[TestFixture]
public class FullWidthPunctuationTests
{
    [TestCase("統一編號 : 59125450", "統一編號：59125450")]
    [TestCase("繳款期限 :中華民國114年4月3日      銷帳編號 : 13937578327304", "繳款期限：中華民國114年4月3日      銷帳編號：13937578327304")]
    [TestCase("課稅地址： 花蓮縣", "課稅地址：花蓮縣")]
    [TestCase("依據房屋稅條例 , 本局核定如下", "依據房屋稅條例，本局核定如下")]
    [TestCase("王小明 (簽名或蓋章)", "王小明 （簽名或蓋章）")]
    [TestCase("電話:(08)9912-345", "電話：(08)9912-345")]
    [TestCase("是否自住?是", "是否自住？是")]
    [TestCase("新臺幣1,160元,請於期限內繳納", "新臺幣1,160元，請於期限內繳納")]
    public void MarksNextToChinese_AreFullWidth(string read, string tidy) =>
        Assert.That(FullWidthPunctuation.Tidy(read), Is.EqualTo(tidy));

    [TestCase("Time : 10:30")]
    [TestCase("Total: 1,229")]
    [TestCase("電話 (03)2033-7178")]
    [TestCase("Dear Sir, (see below): thanks!")]
    public void MarksInNumbersAndLatinText_AreLeftAlone(string read) =>
        Assert.That(FullWidthPunctuation.Tidy(read), Is.EqualTo(read));
}
