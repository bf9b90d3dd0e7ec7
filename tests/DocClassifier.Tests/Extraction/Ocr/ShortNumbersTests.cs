using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Which cell readings are read again with the Latin model, and when its reading replaces them.</summary>
[TestFixture]
public class ShortNumbersTests
{
    [TestCase("同", 0, true, true)]
    [TestCase("5", 32, true, true)]
    [TestCase("115", 43, true, true)]
    [TestCase("115", 80, true, false)]
    [TestCase("王俊傑", 20, true, true)]
    [TestCase("臺北市汐止區", 20, true, false)]
    [TestCase("同", 0, false, false)]
    [TestCase("", 0, true, false)]
    public void ShortDoubtfulOneLineCells_AreReadAgain(string text, int confidence, bool singleLine, bool doubtful) =>
        Assert.That(ShortNumbers.IsDoubtful(text, confidence, singleLine), Is.EqualTo(doubtful));

    [TestCase(0, "112", 88, true)]
    [TestCase(0, " 112\n", 88, true)]
    [TestCase(40, "112", 30, false)]
    [TestCase(0, "RE", 90, false)]
    [TestCase(0, "1", 90, false)]
    [TestCase(0, "1l2", 90, false)]
    public void OnlyAMoreConfidentNumber_Replaces(int confidence, string again, int againConfidence, bool replaces) =>
        Assert.That(ShortNumbers.Replaces(confidence, again, againConfidence), Is.EqualTo(replaces));
}
