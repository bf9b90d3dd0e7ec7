using DocClassifier.Extraction;

namespace DocClassifier.Tests.Extraction;

[TestFixture]
public class TextNormalizerTests
{
    [TestCase("申請日期：民國１１３年５月１日", "申請日期:民國113年5月1日")]
    [TestCase("新臺幣　48,252 元", "新臺幣48,252元")]
    [TestCase("中華⺠國 113 年", "中華民國113年")]
    [TestCase("⼈⺠", "人民")]
    [TestCase("Harbor   Light\tTrading", "Harbor Light Trading")]
    public void Normalize_FoldsWidthsRadicalsAndSpaces(string raw, string expected) =>
        Assert.That(TextNormalizer.Normalize(raw), Is.EqualTo(expected));

    [Test]
    public void Normalize_KeepsLineBreaks_AndCollapsesBlankRunsToOneBlankLine()
    {
        var text = TextNormalizer.Normalize("first line\r\n\r\n\r\n  second line  \nthird");

        Assert.That(text, Is.EqualTo("first line\n\nsecond line\nthird"));
    }

    [Test]
    public void CountLettersAndDigits_CountsIdeographsButNotPunctuation() =>
        Assert.That(TextNormalizer.CountLettersAndDigits("房屋稅 A1，。"), Is.EqualTo(5));
}
