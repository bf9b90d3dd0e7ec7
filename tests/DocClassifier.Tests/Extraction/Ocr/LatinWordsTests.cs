using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

[TestFixture]
public class LatinWordsTests
{
    [TestCase("。AB3S821765S", 17)]
    [TestCase("04595251", 37)]
    [TestCase("$12,572", 41)]
    [TestCase("110/09/17", 60)]
    public void ADoubtfulCodeOrNumber_IsReadAgain(string word, int confidence) =>
        Assert.That(LatinWords.IsDoubtfulCode(word, confidence), Is.True);

    [TestCase("AB38217658", 96)]
    [TestCase("彩理", 4)]
    [TestCase("RH", 20)]
    [TestCase("ABCDE", 20)]
    [TestCase("9-1)", 0)]
    [TestCase("發票123456", 10)]
    public void AConfidentWord_AChineseWord_OrAWordWithoutDigits_IsNot(string word, int confidence) =>
        Assert.That(LatinWords.IsDoubtfulCode(word, confidence), Is.False);

    [Test]
    public void AReadingWithoutDigits_DoesNotReplaceANumber() =>
        Assert.That(LatinWords.Replaces("f725", 30, "files", 80), Is.False);

    [Test]
    public void AMoreConfidentCodeOfAboutTheSameLength_ReplacesTheWord() =>
        Assert.That(LatinWords.Replaces("。AB3S821765S", 17, "AB38217658.", 88), Is.True);

    [TestCase("AB38217658.", 10)]
    [TestCase("發票", 90)]
    [TestCase("AB3821", 90)]
    [TestCase("", 90)]
    public void ALessConfidentOrDifferentReading_DoesNot(string again, int confidence) =>
        Assert.That(LatinWords.Replaces("。AB3S821765S", 17, again, confidence), Is.False);

    [TestCase("。AB3S821765S", "AB3S821765S")]
    [TestCase("AB38217658.", "AB38217658")]
    [TestCase("(0255", "0255")]
    [TestCase("$13,201", "$13,201")]
    public void TheCore_DropsThePunctuationAroundAWord(string word, string core) =>
        Assert.That(LatinWords.Core(word), Is.EqualTo(core));
}
