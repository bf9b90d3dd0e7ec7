using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The strip read first decides whether a page is read once in English or as Chinese.</summary>
[TestFixture]
public class ScriptProbeTests
{
    [TestCase("TOTAL SALES INCL GST 12.50 CASH CHANGE", true, TestName = "English receipt lines are Latin")]
    [TestCase("TOTAL 12.50 鬥 CASH CHANGE DUE", true, TestName = "A stray Chinese character in English text is still Latin")]
    [TestCase("納稅義務人 王小明 身分證統一編號 A123456789", false, TestName = "A Chinese form's row is not Latin")]
    [TestCase("12.50 3", false, TestName = "Too few letters decide nothing")]
    public void IsLatin_TellsTheScriptOfAStrip(string text, bool latin) =>
        Assert.That(ScriptProbe.IsLatin(text), Is.EqualTo(latin));
}
