using DocClassifier.Fields;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class AmountExtractorTests
{
    private readonly AmountExtractor extractor = new();

    [TestCase("新臺幣 48,252 元")]
    [TestCase("新台幣48,252元")]
    [TestCase("新臺幣48,252元整")]
    [TestCase("NT$48,252")]
    [TestCase("NT$ 48,252")]
    [TestCase("NTD 48252")]
    [TestCase("48,252元")]
    [TestCase("48252 元")]
    [TestCase("肆萬捌仟貳佰伍拾貳元整")]
    [TestCase("新臺幣肆萬捌仟貳佰伍拾貳圓整")]
    [TestCase("四萬八千二百五十二元")]
    [TestCase("4萬8,252元")]
    [TestCase("ＮＴ＄４８，２５２")]
    [TestCase("新臺幣 48 252 元")]
    [TestCase("48,25O元")]
    public void AnAmount_IsRead_AsAnInvariantNumber(string written)
    {
        var field = extractor.Single($"應納稅額：{written}（含滯納金）");

        Assert.That(field.Value, Is.EqualTo(written.EndsWith("O元", StringComparison.Ordinal) ? "48250" : "48252"));
        Assert.That(field.Raw, Is.EqualTo(written));
        Assert.That(field.IsValid, Is.True);
    }

    [TestCase("壹億零貳拾萬元", "100200000")]
    [TestCase("一億二千萬元", "120000000")]
    [TestCase("壹仟零伍元", "1005")]
    [TestCase("拾萬元整", "100000")]
    [TestCase("十二元", "12")]
    [TestCase("兩萬元", "20000")]
    [TestCase("貳佰萬零參佰元", "2000300")]
    [TestCase("捌億柒仟陸佰伍拾肆萬參仟貳佰壹拾元", "876543210")]
    [TestCase("1.5億元", "150000000")]
    [TestCase("113年度 5 萬元", "50000")]
    [TestCase("肆 萬 捌 仟 元", "48000")]
    [TestCase("NT$ 48,252.50", "48252.5")]
    [TestCase("NT$1,234,567.89", "1234567.89")]
    [TestCase("0元", "0")]
    public void OtherAmounts_AreRead(string written, string value) =>
        Assert.That(extractor.Single(written).Value, Is.EqualTo(value));

    [TestCase("肆肆萬元")]
    [TestCase("三十百元")]
    [TestCase("萬元")]
    public void AMalformedChineseNumeral_IsReportedAsInvalid(string written)
    {
        var field = extractor.Single(written);

        Assert.That(field.IsValid, Is.False);
        Assert.That(field.Problem, Is.EqualTo("malformed Chinese numeral"));
    }

    [TestCase("48,252")]
    [TestCase("113年5月1日")]
    [TestCase("5萬人")]
    [TestCase("民國一一三年元月一日")]
    [TestCase("12,34元")]
    public void ANumberWithoutCurrencyOrYuan_IsNotAnAmount(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [TestCase("總計: $80 TX", "80")]
    [TestCase("$12,572", "12572")]
    [TestCase("鄉計 $1,229", "1229")]
    [TestCase("總計47,390統一編號: 04595257", "47390")]
    [TestCase("鄉計47,390", "47390")]
    [TestCase("小計 1170", "1170")]
    [TestCase("稅費合計 512", "512")]
    [TestCase("應繳總金額: 1,229全入", "1229")]
    public void ADollarSignOrATotalsLabel_MakesANumberAnAmount(string text, string value) =>
        Assert.That(extractor.Values(text), Is.EqualTo(new[] { value }));

    [TestCase("合計 3 件")]
    [TestCase("合計 12 筆")]
    [TestCase("總計 2 張")]
    [TestCase("統計 2024")]
    [TestCase("設計 12")]
    public void ACountAfterATotalsLabel_OrAnotherWordEndingIn計_IsNotAnAmount(string text) =>
        Assert.That(extractor.On(text), Is.Empty);

    [Test]
    public void AnAmountInDigitsAndInWords_AreTwoFields() =>
        Assert.That(extractor.Values("新臺幣 48,252 元（大寫：肆萬捌仟貳佰伍拾貳元整）"), Is.EqualTo(new[] { "48252", "48252" }));
}
