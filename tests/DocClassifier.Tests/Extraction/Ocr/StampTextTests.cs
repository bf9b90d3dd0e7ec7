using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A received stamp's reading keeps the stamp's text (an office, 收文, a date, a number) and drops what its ring read as.</summary>
[TestFixture]
public class StampTextTests
{
    [TestCase("新北市稅捐處\n收 文\n112/03/05\n收文號 1126874160", new[] { "新北市稅捐處", "收 文", "112/03/05", "收文號 1126874160" })]
    [TestCase("~ 總處 |\n| 收 文 |", new[] { "總處", "收 文" })]
    [TestCase("嘉縣財稅局\nNn  =\n第8057118號", new[] { "嘉縣財稅局", "第8057118號" })]
    [TestCase("| - | 同 | EE? 11 rel J I NUSs bns", new string[0])]
    [TestCase("hd\n\n2", new string[0])]
    public void TheStampsLines_AreKept_AndItsRingsAreNot(string reading, string[] expected) =>
        Assert.That(StampText.Lines(reading), Is.EqualTo(expected));
}
