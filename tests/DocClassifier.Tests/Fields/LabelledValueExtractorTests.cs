using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class LabelledValueExtractorTests
{
    private readonly LabelledValueExtractor names = LabelledValueExtractor.TaxpayerName;
    private readonly LabelledValueExtractor addresses = LabelledValueExtractor.Address;

    [TestCase("納稅義務人：王小明", "王小明")]
    [TestCase("納稅義務人 王小明 身分證統一編號 A123456789", "王小明")]
    [TestCase("納稅義務人姓名：王小明", "王小明")]
    [TestCase("納稅義務人(即房屋所有權人)：王小明", "王小明")]
    [TestCase("姓名：陳 大 文", "陳大文")]
    [TestCase("姓名 王小明 男 60年次", "王小明")]
    [TestCase("姓名:John Smith 電話:0912345678", "John Smith")]
    [TestCase("申請人：大明實業股份有限公司 統一編號：04595257", "大明實業股份有限公司")]
    [TestCase("所有權人　林美麗", "林美麗")]
    [TestCase("扣繳憑單 所得人姓名：王小明 所得人統一編號 A123456789", "王小明")]
    public void TheTaxpayersName_IsTheTextAfterTheLabel(string text, string name) =>
        Assert.That(names.Single(text).Value, Is.EqualTo(name));

    [TestCase("名稱 |東昇電器行", "東昇電器行")]
    [TestCase("納稅義務人｜東昇電器行｜統一編號", "東昇電器行")]
    [TestCase("姓名 │ 王小明 │ 男", "王小明")]
    [TestCase("申請人：丨林美麗丨", "林美麗")]
    [TestCase("姓名：____王小明____", "王小明")]
    public void ANameInATable_IsTrimmedOfTheTablesRulesAndBorders(string text, string name) =>
        Assert.That(names.Single(text).Value, Is.EqualTo(name));

    [Test]
    public void AnAddressInATable_EndsAtTheCellsBorder() =>
        Assert.That(addresses.Single("地址 | 臺中市豐原區中正路100號 | 電話").Value, Is.EqualTo("臺中市豐原區中正路100號"));

    [TestCase("扣繳單位名稱：某某公司")]
    [TestCase("納稅義務人地址：臺中市豐原區中正路100號")]
    [TestCase("納稅義務人\n王小明")]
    public void ALabelThatIsPartOfAnotherOrHasNoValue_GivesNoName(string text) =>
        Assert.That(names.On(text), Is.Empty);

    [TestCase("地址：臺中市豐原區中正路100號", "臺中市豐原區中正路100號")]
    [TestCase("住址 臺中市豐原區中正路 100 號", "臺中市豐原區中正路100號")]
    [TestCase("納稅義務人地址：臺中市豐原區中正路100號", "臺中市豐原區中正路100號")]
    [TestCase("通訊地址 臺中市西屯區臺灣大道三段99號 電話 04-22289111", "臺中市西屯區臺灣大道三段99號")]
    [TestCase("送達地址：臺中市中區民權路１００號４樓", "臺中市中區民權路100號4樓")]
    [TestCase("房屋坐落：臺中市豐原區中正路100號 稅籍編號 140102030405", "臺中市豐原區中正路100號")]
    [TestCase("房屋座落 臺中市豐原區中正路100號。", "臺中市豐原區中正路100號")]
    public void TheAddress_IsTheRestOfTheLine(string text, string address) =>
        Assert.That(addresses.Single(text).Value, Is.EqualTo(address));

    [Test]
    public void TheRawText_IsTheValueAsWritten()
    {
        var field = addresses.Single("地址：臺中市豐原區中正路　１００　號\n電話：04-25222111");

        Assert.That(field.Raw, Is.EqualTo("臺中市豐原區中正路　１００　號"));
        Assert.That(field.Page, Is.EqualTo(1));
    }
}
