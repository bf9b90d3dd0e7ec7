using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A narrow piece several rows tall beside rows that start right after it is a column of list numbers.</summary>
[TestFixture]
public class StackedMarksTests
{
    private static TextPiece Row(int y, int x = 355, int width = 900) => new(new PixelRect(x, y, width, 44), "、依據臺端中華民國");

    [Test]
    public void ANarrowTallPieceBesideRows_IsAColumnOfListNumbers()
    {
        TextPiece[] lines = [Row(1123, 295), Row(1198), Row(1272), Row(1347), Row(1421), new(new PixelRect(296, 1279, 39, 183), "同司和")];

        var found = StackedMarks.Find(lines);

        Assert.That(found.Select(f => (f.Index, string.Join(",", f.Rows))), Is.EqualTo(new[] { (5, "2,3,4") }));
    }

    [Test]
    public void AWideTallLine_OrANarrowPieceWithNothingBesideIt_IsNot()
    {
        // Two lines merged into one (wide) is TallLines' case; a tall narrow mark far from any row (a seal's edge) is nobody's.
        TextPiece[] lines = [Row(1123), Row(1198), Row(1272), new(new PixelRect(355, 1340, 900, 120), "合併"), new(new PixelRect(1800, 1279, 39, 183), "印")];

        Assert.That(StackedMarks.Find(lines), Is.Empty);
    }

    [TestCase("、丸委託了他人代理申訪,", "二、丸委託他人代理申讓,", true)]
    [TestCase(" 、繳款書所載之稅額", "三、繳款書所載之稅額", true)]
    [TestCase("二、繳款書所載之稅額", "三、繳款書所載之稅額", false)]
    [TestCase("、繳款書所載之稅額", "、繳款書所載之稅額", false)]
    [TestCase("、繳款書所載之稅額", "人、繳款書所載之稅額", false)]
    public void ARowReadAgainFromTheStack_GainsItsListNumber_OnlyWhenANumberNowStandsBeforeItsComma(string before, string after, bool gains) =>
        Assert.That(StackedMarks.GainsListNumber(before, after), Is.EqualTo(gains));
}
