using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Bars, dashes and stops that specks and rules' stubs leave between a Chinese line's words go; real ones stay.</summary>
[TestFixture]
public class StrayMarksTests
{
    [TestCase("納稅義務人：鄭惠美 - 統一編號：42615808", "納稅義務人：鄭惠美 統一編號：42615808")]
    [TestCase("納稅義務人：廖俊傑 _ 統一編號：01588820", "納稅義務人：廖俊傑 統一編號：01588820")]
    [TestCase("稅目 稅籍編號 應納稅額 |", "稅目 稅籍編號 應納稅額")]
    [TestCase("地價稅 089609405115. 972,215", "地價稅 089609405115 972,215")]
    [TestCase("房屋稅 774021385284.", "房屋稅 774021385284")]
    [TestCase("納稅義務人 吳秀英 一 身分證統一編號 B190254628", "納稅義務人 吳秀英 身分證統一編號 B190254628")]
    [TestCase("房屋稅 684578435951 1,588,826     一", "房屋稅 684578435951 1,588,826")]
    public void AStrayMarkOnAChineseLine_Goes(string read, string tidied) =>
        Assert.That(StrayMarks.Tidy(read), Is.EqualTo(tidied));

    [TestCase("電話：(03)6791-4436 傳真：02-2345-6789")]
    [TestCase("稅率 12.5 %，計 1234.56元")]
    [TestCase("期間 1~3 月")]
    [TestCase("一 逾期繳納者，每逾二日按滯納數額加徵百分之一滯納金。")]
    [TestCase("一  、 依據臺端申請書辦理。")]
    [TestCase("申請按自住用稅率課徵一 案，第一條")]
    [TestCase("Total - 12.50")]
    [TestCase("Invoice 1234. Paid | thank you")]
    public void MarksThatAreText_Stay(string read) =>
        Assert.That(StrayMarks.Tidy(read), Is.EqualTo(read));

    [Test]
    public void OnlyLinesWithChinese_AreTidied() =>
        Assert.That(StrayMarks.Tidy("Ref 5678. Paid -\n鄭惠美 - 統一編號"), Is.EqualTo("Ref 5678. Paid -\n鄭惠美 統一編號"));
}
