using DocClassifier.Fields;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class ChineseNumeralsTests
{
    [TestCase("肆萬捌仟貳佰伍拾貳", 48252)]
    [TestCase("四萬八千二百五十二", 48252)]
    [TestCase("壹億零貳拾萬", 100200000)]
    [TestCase("一百零五", 105)]
    [TestCase("十二", 12)]
    [TestCase("二十", 20)]
    [TestCase("兩千", 2000)]
    [TestCase("參萬零壹", 30001)]
    [TestCase("4萬8,252", 48252)]
    [TestCase("九", 9)]
    public void Parse_ReadsCommonAndFinancialNumerals(string text, int value) =>
        Assert.That(ChineseNumerals.Parse(text), Is.EqualTo((decimal)value));

    [TestCase("二二")]
    [TestCase("三十百")]
    [TestCase("萬")]
    [TestCase("一萬二萬")]
    [TestCase("萬億")]
    [TestCase("三x")]
    public void Parse_RejectsMalformedNumerals(string text) =>
        Assert.That(ChineseNumerals.Parse(text), Is.Null);

    [TestCase("一一三", 113)]
    [TestCase("一〇五", 105)]
    [TestCase("一百一十三", 113)]
    [TestCase("九十九", 99)]
    [TestCase("二〇二四", 2024)]
    public void ParseYear_ReadsDigitByDigitOrWithUnits(string text, int year) =>
        Assert.That(ChineseNumerals.ParseYear(text), Is.EqualTo(year));
}
