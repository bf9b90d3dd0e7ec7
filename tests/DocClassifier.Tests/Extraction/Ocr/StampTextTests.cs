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
    [TestCase("所：潑浴池人\n胸中 府惰窗地價究\n原送思說汪\nTH 洪陸說他鎮區\n1 加 收文\n一二 本繼3 7\n市政府\n113年4月", new string[0])]
    public void TheStampsLines_AreKept_AndItsRingsAreNot(string reading, string[] expected) =>
        Assert.That(StampText.Lines(reading), Is.EqualTo(expected));

    [TestCase("家江\n印雅", "江雅家印")]
    [TestCase("明 魏\n印 志", "魏志明印")]
    public void ASealsTwoRowsOfTwoCharacters_AreReadColumnByColumnFromTheRight(string reading, string seal) =>
        Assert.That(StampText.InSealOrder(reading.Split('\n')), Is.EqualTo(new[] { seal }));

    [TestCase("華南\n宇興\n印彬")]
    [TestCase("嘉縣財稅局\n收文")]
    [TestCase("收文\n11")]
    public void LinesThatAreNotASealsSquareGrid_AreLeftAsTheyAre(string reading) =>
        Assert.That(StampText.InSealOrder(reading.Split('\n')), Is.EqualTo(reading.Split('\n')));
}
