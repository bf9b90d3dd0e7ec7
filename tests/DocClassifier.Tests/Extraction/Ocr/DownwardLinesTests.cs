using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

[TestFixture]
public class DownwardLinesTests
{
    [Test]
    public void APageOfLinesAcross_IsNotReadDown()
    {
        // A column of list numbers (二三四, taller than wide) beside three lines across.
        TextPiece[] lines = [Across("主旨：檢送申請書一份"), Across("說明：依據房屋稅條例"), Across("請於期限內繳納"), new(new PixelRect(10, 100, 40, 150), "二三四")];

        Assert.That(DownwardLines.ReadDown(lines), Is.False);
    }

    [Test]
    public void APageOfColumns_IsReadDown()
    {
        TextPiece[] lines = [Down("主旨：檢送申請書一份"), Down("說明：依據房屋稅條例"), Across("1"), Across("113年")];

        Assert.That(DownwardLines.ReadDown(lines), Is.True);
    }

    [Test]
    public void LoneMarks_DoNotCount()
    {
        // Single characters are taller than wide wherever they stand.
        TextPiece[] lines = [Across("房屋稅減免申請書"), new(new PixelRect(0, 0, 30, 40), "1"), new(new PixelRect(0, 50, 30, 40), "2"), new(new PixelRect(0, 100, 30, 40), "3")];

        Assert.That(DownwardLines.ReadDown(lines), Is.False);
    }

    [Test]
    public void NoText_IsNotReadDown()
    {
        Assert.That(DownwardLines.ReadDown([]), Is.False);
    }

    private static TextPiece Across(string text) => new(new PixelRect(100, 0, text.Length * 40, 44), text);

    private static TextPiece Down(string text) => new(new PixelRect(0, 100, 44, text.Length * 40), text);
}
