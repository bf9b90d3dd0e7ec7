using DocClassifier.Extraction.Quality;

namespace DocClassifier.Tests.Extraction.Quality;

[TestFixture]
public class TextAccuracyTests
{
    [Test]
    public void CharacterErrorRate_IsEditDistanceOverTruthLength() =>
        Assert.That(TextAccuracy.CharacterErrorRate("房屋稅減兔", "房屋稅減免"), Is.EqualTo(0.2).Within(1e-9));

    [Test]
    public void CharacterErrorRate_IgnoresWidthAndSpacingDifferences() =>
        Assert.That(TextAccuracy.CharacterErrorRate("民國 113 年 5 月", "民國１１３年５月"), Is.Zero);

    [Test]
    public void CharacterErrorRateAsWritten_CountsWidthButNotBlanks()
    {
        Assert.That(TextAccuracy.CharacterErrorRateAsWritten("統一編號 : 59125450", "統一編號：59125450"), Is.EqualTo(1.0 / 13).Within(1e-9));
        Assert.That(TextAccuracy.CharacterErrorRateAsWritten("處長 張美玲\n", "處長　張美玲"), Is.Zero);
    }

    [Test]
    public void OrderFreeRecall_DoesNotCareAboutOrder()
    {
        Assert.That(TextAccuracy.OrderFreeCharacterRecall("電話 姓名", "姓名 電話"), Is.EqualTo(1));
        Assert.That(TextAccuracy.OrderFreeWordRecall("world hello", "hello big world"), Is.EqualTo(2.0 / 3).Within(1e-9));
    }

    [Test]
    public void WordRecallIgnoringCase_TakesCaseAndEdgePunctuationOutOfTheComparison()
    {
        const string truth = "THANK YOU\nDOCUMENT NO : TD01167104\nTOTAL 10.00";
        const string read = "Thank You\nDocument No: TD01167104\nTotal 10.00";
        Assert.That(TextAccuracy.OrderFreeWordRecall(read, truth), Is.EqualTo(2.0 / 8).Within(1e-9));
        Assert.That(TextAccuracy.OrderFreeWordRecallIgnoringCase(read, truth), Is.EqualTo(1));
        Assert.That(TextAccuracy.OrderFreeWordRecallIgnoringCase("TOTAL 10,00", truth), Is.EqualTo(1.0 / 7).Within(1e-9));
    }
}
