using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A line the layout made too tall is found, and read again without the rows of the lines it overlaps.</summary>
[TestFixture]
public class TallLinesTests
{
    [Test]
    public void ALineTwoRowsTall_IsReadAgainDownToTheNextLine()
    {
        var lines = new[]
        {
            new TextPiece(new PixelRect(100, 100, 900, 40), "發文字號：南稅服字第1133990989號"),
            new TextPiece(new PixelRect(100, 200, 1800, 100), "主旨 : 人 ,申"),
            new TextPiece(new PixelRect(300, 265, 1000, 40), "請按自住用稅率課徵娛樂稅一案，復如說明，請查照。"),
            new TextPiece(new PixelRect(100, 340, 1700, 40), "一、副本抄送新竹縣永和區戶政事務所及地政事務所"),
        };

        var tall = TallLines.Find(lines, 2480, 3500);

        Assert.That(tall, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(tall[0].Index, Is.EqualTo(1));
            Assert.That(tall[0].Area.Y, Is.EqualTo(200));
            Assert.That(tall[0].Area.Bottom, Is.EqualTo(265));
            Assert.That(tall[0].Area.X, Is.LessThan(100));
            Assert.That(tall[0].Area.X + tall[0].Area.Width, Is.GreaterThan(1900));
        });
    }

    [Test]
    public void LinesOfOneHeight_AreLeftAlone()
    {
        var lines = Enumerable.Range(0, 5).Select(i => new TextPiece(new PixelRect(100, 100 + (i * 60), 1500, 40), "一、副本抄送")).ToList();

        Assert.That(TallLines.Find(lines, 2480, 3500), Is.Empty);
    }

    [TestCase("人", false, TestName = "One character for a line of seventeen is too few")]
    [TestCase("：有關臺傭所有任洛宜閑縣太保市復興", true, TestName = "Seventeen are enough, read right or not")]
    [TestCase("有 關 臺 端 所", true, TestName = "Five of seventeen, blanks aside, are enough")]
    public void AReadingOfATallLine_HasTooFewCharacters_WhenUnderAQuarterOfWhatTheLineHolds(string text, bool enough) =>
        Assert.That(TallLines.ReadsTooFew(text, new PixelRect(264, 439, 662, 39)), Is.EqualTo(!enough));

    [Test]
    public void TallLinesOverTheSameRows_KeepEachRowOnce()
    {
        // A letter with a stamp at its margin: Tesseract made three tall lines over its rows, and each read them again.
        var first = new List<(TextPiece Piece, int Confidence)>
        {
            (new TextPiece(new PixelRect(262, 351, 845, 43), "我是魏文雄，畢業於國立成功大學企業管理系"), 85),
            (new TextPiece(new PixelRect(262, 482, 859, 41), "在學期間我曾在學校課外活動組擔任工讀生，"), 88),
        };
        var second = new List<(TextPiece Piece, int Confidence)>
        {
            (new TextPiece(new PixelRect(563, 482, 144, 41), "學校課外"), 95),
        };
        var third = new List<(TextPiece Piece, int Confidence)>
        {
            (new TextPiece(new PixelRect(262, 482, 805, 41), "在學期國我家在學校誅次活動組擔任工讀生，"), 70),
            (new TextPiece(new PixelRect(1117, 482, 160, 41), "負責文書"), 90),
            (new TextPiece(new PixelRect(176, 547, 1096, 42), "Word、Excel等文書軟體"), 90),
        };

        TallLines.DropRepeats([first, second, third]);

        // The part inside a wider line goes however sure of itself; of the row read twice, the less confident reading goes.
        Assert.Multiple(() =>
        {
            Assert.That(first.Select(l => l.Piece.Text), Is.EqualTo(new[] { "我是魏文雄，畢業於國立成功大學企業管理系", "在學期間我曾在學校課外活動組擔任工讀生，" }));
            Assert.That(second, Is.Empty);
            Assert.That(third.Select(l => l.Piece.Text), Is.EqualTo(new[] { "負責文書", "Word、Excel等文書軟體" }));
        });
    }

    [Test]
    public void OfARowReadTwiceAboutAsWide_TheMoreConfidentReadingIsKept()
    {
        var first = new List<(TextPiece Piece, int Confidence)> { (new TextPiece(new PixelRect(100, 100, 800, 40), "在學期國我家"), 60) };
        var second = new List<(TextPiece Piece, int Confidence)> { (new TextPiece(new PixelRect(110, 102, 780, 40), "在學期間我曾"), 90) };

        TallLines.DropRepeats([first, second]);

        Assert.That((first.Count, second.Select(l => l.Piece.Text).Single()), Is.EqualTo((0, "在學期間我曾")));
    }
}
