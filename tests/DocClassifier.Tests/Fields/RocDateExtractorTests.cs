using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class RocDateExtractorTests
{
    private readonly RocDateExtractor extractor = new();

    [TestCase("民國113年5月1日")]
    [TestCase("中華民國 113 年 5 月 1 日")]
    [TestCase("中華民國113年05月01日")]
    [TestCase("113年5月1日")]
    [TestCase("113/05/01")]
    [TestCase("113/5/1")]
    [TestCase("113.5.1")]
    [TestCase("113-05-01")]
    [TestCase("民國 113.05.01")]
    [TestCase("一一三年五月一日")]
    [TestCase("一百一十三年五月一日")]
    [TestCase("民國一一三年五月一日")]
    [TestCase("壹佰壹拾參年伍月壹日")]
    [TestCase("民國１１３年５月１日")]
    [TestCase("１１３／０５／０１")]
    [TestCase("l13/05/01")]
    public void AnRocDate_BecomesAnIsoDate(string written)
    {
        var field = extractor.Single($"繳納期限：{written}止");

        Assert.That(field, Is.EqualTo(ExtractedField.Valid("date", "2024-05-01", written, 1)));
    }

    [TestCase("2024/05/01", "2024-05-01")]
    [TestCase("2024-5-1", "2024-05-01")]
    [TestCase("2024年5月1日", "2024-05-01")]
    [TestCase("西元2024年5月1日", "2024-05-01")]
    [TestCase("二〇二四年五月一日", "2024-05-01")]
    [TestCase("1999.12.31", "1999-12-31")]
    public void AGregorianDate_IsNotTakenForAnRocDate(string written, string iso) =>
        Assert.That(extractor.Single(written).Value, Is.EqualTo(iso));

    [TestCase("民國一一三年元月一日", "2024-01-01")]
    [TestCase("中華民國一百十三年十二月三十一日", "2024-12-31")]
    [TestCase("九十九年二月二十八日", "2010-02-28")]
    [TestCase("民國88年1月1日", "1999-01-01")]
    [TestCase("88/1/1", "1999-01-01")]
    [TestCase("1年1月1日", "1912-01-01")]
    [TestCase("113/02/29", "2024-02-29")]
    public void OtherRocDates_AreRead(string written, string iso) =>
        Assert.That(extractor.Single(written), Is.EqualTo(ExtractedField.Valid("date", iso, written, 1)));

    [TestCase("中華民國113年3月l4日", "中華民國113年3月l4日", "2024-03-14")]
    [TestCase("113年lO月I日", "113年lO月I日", "2024-10-01")]
    public void OcrLettersForDigits_InAMonthOrDay_AreRead(string text, string raw, string iso) =>
        Assert.That(extractor.Single(text), Is.EqualTo(ExtractedField.Valid("date", iso, raw, 1)));

    [TestCase("日期4110/9 / 17", "4110/9 / 17", "2021-09-17")]
    [TestCase("日期 7113.5.1", "7113.5.1", "2024-05-01")]
    [TestCase("2113年05月01日", "2113年05月01日", "2113-05-01")]
    public void AStrayDigitBeforeAnRocYear_IsNotTakenForAFourDigitYear(string text, string raw, string iso) =>
        Assert.That(extractor.Single(text), Is.EqualTo(ExtractedField.Valid("date", iso, raw, 1)));

    [TestCase("113年13月1日", "2024-13-01", "there is no month 13")]
    [TestCase("113/00/10", "2024-00-10", "there is no month 0")]
    [TestCase("113/02/30", "2024-02-30", "2024-02 has no day 30")]
    [TestCase("112/02/29", "2023-02-29", "2023-02 has no day 29")]
    [TestCase("113年4月31日", "2024-04-31", "2024-04 has no day 31")]
    [TestCase("113.5.0", "2024-05-00", "2024-05 has no day 0")]
    [TestCase("民國250年1月1日", "2161-01-01", "ROC year 250 is outside 1-200")]
    [TestCase("1800/01/01", "1800-01-01", "year 1800 is outside 1900-2199")]
    public void AnImpossibleDate_IsReportedAsInvalid(string written, string value, string problem) =>
        Assert.That(extractor.Single(written), Is.EqualTo(ExtractedField.Invalid("date", value, written, 1, problem)));

    [TestCase("192.168.1.1")]
    [TestCase("電話 02-2345-6789")]
    [TestCase("0912-345-678")]
    [TestCase("NT$48,252.50")]
    [TestCase("祥和段 0723-0027 地號")]
    [TestCase("版本 1.2.3")]
    [TestCase("依第12.3.4條規定")]
    [TestCase("見 12.3.4 節")]
    [TestCase("113年5月")]
    [TestCase("今年五月一日")]
    public void TextThatIsNotADate_IsIgnored(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [Test]
    public void SeveralDatesOnALine_AreFound_InOrder() =>
        Assert.That(extractor.Values("課稅期間自113年1月1日至一一三年十二月三十一日，113/05/31前繳納"),
            Is.EqualTo(new[] { "2024-01-01", "2024-12-31", "2024-05-31" }));
}
