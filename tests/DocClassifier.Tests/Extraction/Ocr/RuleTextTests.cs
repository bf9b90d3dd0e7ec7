using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A table rule that Tesseract read as text is told from text, and text is never taken for a rule.</summary>
[TestFixture]
public class RuleTextTests
{
    // Read off faxed payment notices of the generated page set, where skewed rules survived the rule removal.
    [TestCase("一一一 一一一一一一一一一一一一一一一一一一. 一-一一一一一一 一 一一一一一一一一一一一一一一一一一一一-一一一一一一一一一一")]
    [TestCase("-一一一-一一一 一一一一一一_一一-一一一-一-一一一一一一一一一一_一一一一一一一一一一")]
    [TestCase("“一一                    w一一一一一一一一 一一                                     一一一一一一一一一一 一一")]
    public void ARowOfStrokes_IsARule(string line) => Assert.That(RuleText.Is(line), Is.True);

    [TestCase("一、申請人之通訊地址如有變更，應即向本處申請變更登記。")]
    [TestCase("電話：(03)2033-7178")]
    [TestCase("---")]
    [TestCase("一一一一一一一一 合計 1,521,923 元 應納稅額 房屋稅")]
    public void TextWithAFewStrokes_IsNotARule(string line) => Assert.That(RuleText.Is(line), Is.False);
}
