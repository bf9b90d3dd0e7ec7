using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A label's colon read as a semicolon, or as a comma before its value, is a colon again; the prose's own stay.</summary>
[TestFixture]
public class LabelColonsTests
{
    [TestCase("收件日期：113/08/13 收件編號；613098580", "收件日期：113/08/13 收件編號：613098580")]
    [TestCase("承辦人；林家豪 電話，(05)6712-3345", "承辦人：林家豪 電話：(05)6712-3345")]
    [TestCase("主旨；有關臺端所有坐落之房屋", "主旨：有關臺端所有坐落之房屋")]
    [TestCase("收件編號，403918 統一編號, F118432511", "收件編號：403918 統一編號：F118432511")]
    public void ALabelsColonReadAsAnotherMark_IsAColonAgain(string read, string tidied) =>
        Assert.That(LabelColons.Tidy(read), Is.EqualTo(tidied));

    [TestCase("三、逾期繳納者，每逾二日按滯納數額加徵百分之一滯納金。")]
    [TestCase("臺端申請房屋稅退稅一案，經核符合規定，退稅款將於本函送達後十日內匯入")]
    [TestCase("應於中華民國110年4月4日前補正資料，逾期依法處理。")]
    [TestCase("本案所附之證明文件，本處得依法查核其真實性；逾期者不予受理。")]
    [TestCase("Total, 12.50; paid")]
    public void ThePunctuationOfProse_Stays(string read) =>
        Assert.That(LabelColons.Tidy(read), Is.EqualTo(read));
}
