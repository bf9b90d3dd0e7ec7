using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A lone quotation mark chi_tra read in a wide blank between Chinese words becomes a blank; real quotes stay.</summary>
[TestFixture]
public class GapQuotesTests
{
    [TestCase("處長”張美玲", "處長 張美玲")]
    [TestCase("新竹縣政府地方稅務局 ” 函\n處長“到承恩", "新竹縣政府地方稅務局 函\n處長 到承恩")]
    public void ALoneQuoteBetweenChineseWords_IsABlank(string read, string tidy) =>
        Assert.That(GapQuotes.Tidy(read), Is.EqualTo(tidy));

    [TestCase("所稱“自住”係指本人、配偶或直系親屬實際居住")]
    [TestCase("He said \"yes\" and 'no'")]
    [TestCase("Don't 處長")]
    public void PairedQuotesAndQuotesBesideLatinText_AreLeftAlone(string read) =>
        Assert.That(GapQuotes.Tidy(read), Is.EqualTo(read));
}
