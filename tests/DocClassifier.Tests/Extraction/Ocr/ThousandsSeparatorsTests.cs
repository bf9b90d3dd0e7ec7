using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>An amount whose thousands commas OCR read as full stops gets its commas back; decimals and other numbers stay.</summary>
[TestFixture]
public class ThousandsSeparatorsTests
{
    [TestCase("退稅金額計新臺幣1.458,899元，請將", "退稅金額計新臺幣1,458,899元，請將")]
    [TestCase("娛樂稅 328202027742 1.721.920", "娛樂稅 328202027742 1,721,920")]
    [TestCase("申報金額160.086 元", "申報金額160,086 元")]
    public void AnAmountsStops_AreCommas(string read, string tidy) =>
        Assert.That(ThousandsSeparators.Tidy(read), Is.EqualTo(tidy));

    [TestCase("稅率0.125%")]
    [TestCase("圓周率3.142")]
    [TestCase("TOTAL 1,234.50")]
    [TestCase("合計1,862,992")]
    [TestCase("日期113.11.21")]
    [TestCase("面積12.345.6")]
    public void OtherNumbers_Stay(string read) =>
        Assert.That(ThousandsSeparators.Tidy(read), Is.EqualTo(read));
}
