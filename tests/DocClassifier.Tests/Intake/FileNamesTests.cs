using System.Text;
using DocClassifier.Intake;

namespace DocClassifier.Tests.Intake;

[TestFixture]
public class FileNamesTests
{
    [Test]
    public void ANameThatFits_IsKeptWhole() =>
        Assert.That(FileNames.Fit("stamp-", "申請書.pdf"), Is.EqualTo("stamp-申請書.pdf"));

    [Test]
    public void ALongName_IsCutInTheMiddleOfItsStem_KeepingThePrefixTheExtensionAndWholeCharacters()
    {
        var name = "開頭" + new string('稅', 100) + "結尾😀.tiff";

        var fitted = FileNames.Fit("0123456789ab-20261128093000000-", name);

        Assert.That(Encoding.UTF8.GetByteCount(fitted), Is.LessThanOrEqualTo(255).And.GreaterThan(245));
        Assert.That(fitted, Does.StartWith("0123456789ab-20261128093000000-開頭").And.EndWith("結尾😀.tiff").And.Contain("…"));
        Assert.That(fitted.EnumerateRunes().Count(r => r == new Rune(0xFFFD)), Is.Zero, "no character cut in half");
    }

    [Test]
    public void AnExtensionTooLongToKeep_IsCutWithTheRest()
    {
        var fitted = FileNames.Fit("stamp-", "a." + new string('x', 300));

        Assert.That(Encoding.UTF8.GetByteCount(fitted), Is.LessThanOrEqualTo(255));
        Assert.That(fitted, Does.StartWith("stamp-a"));
    }
}
