using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A full stop right after Chinese, or starting a line before it, is a speck and goes; decimals and Latin text keep theirs.</summary>
[TestFixture]
public class SpeckStopsTests
{
    [TestCase("納稅義務人.許佩珊", "納稅義務人許佩珊")]
    [TestCase("地價稅 .774021", "地價稅774021")]
    [TestCase("說明：.一、本案", "說明：一、本案")]
    [TestCase(".復查申請書\n  . 收件", "復查申請書\n  收件")]
    public void AStopBesideChinese_Goes(string read, string tidy) =>
        Assert.That(SpeckStops.Tidy(read), Is.EqualTo(tidy));

    [TestCase("稅率3.5%")]
    [TestCase("No. 12, Sec. 3")]
    [TestCase("www.tax.gov.tw 地方稅務局")]
    [TestCase("1.本案房屋")]
    public void OtherStops_Stay(string read) =>
        Assert.That(SpeckStops.Tidy(read), Is.EqualTo(read));
}
