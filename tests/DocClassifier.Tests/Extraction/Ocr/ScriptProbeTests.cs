using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The strip read first decides whether a page is read once in English or as Chinese.</summary>
[TestFixture]
public class ScriptProbeTests
{
    [TestCase("TOTAL SALES INCL GST 12.50 CASH CHANGE", true, TestName = "English receipt lines are Latin")]
    [TestCase("TOTAL 12.50 鬥 CASH CHANGE DUE", true, TestName = "A stray Chinese character in English text is still Latin")]
    [TestCase("人 人人及 4 5ST-FPRIVILE6E LARD/6D INDUAH 上福生 了48 HANDKERUHIEF", true, TestName = "Chinese characters made out of a receipt's noise leave it Latin")]
    [TestCase("對 AA 上 本|1]違7 foyx 了The niceck rouun WINNDEW", true, TestName = "A scaled-down English letter read by chi_tra is Latin")]
    [TestCase("公司名稱 ABC Trading 地址 台北市", false, TestName = "A Chinese row with an English name is not Latin")]
    [TestCase("統一編號 12345678 營業人名稱 Acme Trading Company Limited", false, TestName = "Chinese words beside a long English name are not Latin")]
    [TestCase("納稅義務人 王小明 身分證統一編號 A123456789", false, TestName = "A Chinese form's row is not Latin")]
    [TestCase("12.50 3", false, TestName = "Too few letters decide nothing")]
    public void IsLatin_TellsTheScriptOfAStrip(string text, bool latin) =>
        Assert.That(ScriptProbe.IsLatin(text), Is.EqualTo(latin));
}
