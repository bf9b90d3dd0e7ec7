using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class ClassifierTextTests
{
    [Test]
    public void Prepare_FoldsWidthCaseDigitsAndPunctuation() =>
        Assert.That(ClassifierText.Prepare("民國１１３年：NT$48,252 ABC-1234"), Is.EqualTo("民國000年 nt 00 000 abc 0000"));
}
