using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A line Tesseract laid out across a column gutter is cut at the gutter; a line with ordinary spaces is not.</summary>
[TestFixture]
public class WideGapsTests
{
    [Test]
    public void ALineAcrossAGutter_IsCutIntoItsTwoColumnsParts()
    {
        // Two columns' lines read as one: "一、聯絡電話(06)6276-8232，承辦人賴淑 三、退稅金額計新臺幣138,243元，請將退".
        var line = new PixelRect(100, 200, 1580, 44);
        var words = new (PixelRect, string)[]
        {
            (new PixelRect(100, 202, 500, 40), "一、聯絡電話(06)6276-8232，"),
            (new PixelRect(612, 202, 248, 40), "承辦人賴淑"),
            (new PixelRect(920, 202, 760, 40), "三、退稅金額計新臺幣138,243元，請將退"),
        };

        var parts = WideGaps.Split(line, "一、聯絡電話(06)6276-8232， 承辦人賴淑 三、退稅金額計新臺幣138,243元，請將退", words);

        Assert.That(parts, Is.EqualTo(new[]
        {
            (new PixelRect(100, 200, 760, 44), "一、聯絡電話(06)6276-8232， 承辦人賴淑"),
            (new PixelRect(920, 200, 760, 44), "三、退稅金額計新臺幣138,243元，請將退"),
        }));
    }

    [Test]
    public void ALineWithOnlyWordSpaces_StaysWhole()
    {
        var line = new PixelRect(100, 200, 900, 44);
        var words = new (PixelRect, string)[] { (new PixelRect(100, 202, 400, 40), "主旨：臺端申請"), (new PixelRect(530, 202, 470, 40), "房屋稅退稅一案") };

        var parts = WideGaps.Split(line, "主旨：臺端申請 房屋稅退稅一案", words);

        Assert.That(parts, Is.EqualTo(new[] { (line, "主旨：臺端申請 房屋稅退稅一案") }));
    }

    [Test]
    public void ALineWhoseBoxReachesFarPastItsWords_IsCutBackToThem()
    {
        // Noise read as nothing, out in the gutter, stretched 志明's line over the other column (a two-column letter, 150 dpi).
        var line = new PixelRect(207, 924, 1432, 50);
        var words = new (PixelRect, string)[]
        {
            (new PixelRect(207, 926, 120, 44), "志明，"), (new PixelRect(340, 926, 520, 44), "如有疑問請於上班時間洽詢。"), (new PixelRect(1600, 930, 39, 40), " "),
        };

        var parts = WideGaps.Split(line, "志明， 如有疑問請於上班時間洽詢。", words);

        Assert.That(parts, Is.EqualTo(new[] { (new PixelRect(207, 924, 653, 50), "志明， 如有疑問請於上班時間洽詢。") }));
    }

    [Test]
    public void ALineEndingInASmallMark_KeepsItsBox()
    {
        // The comma's box is too small to count as a word, but it lies within the line: the line's box stays as it is.
        var line = new PixelRect(161, 467, 939, 46);
        var words = new (PixelRect, string)[] { (new PixelRect(161, 469, 900, 42), "主旨：檢送臺端申請之地價稅繳納證明書一份"), (new PixelRect(1070, 500, 20, 12), "，") };

        var parts = WideGaps.Split(line, "主旨：檢送臺端申請之地價稅繳納證明書一份，", words);

        Assert.That(parts, Is.EqualTo(new[] { (line, "主旨：檢送臺端申請之地價稅繳納證明書一份，") }));
    }

    [Test]
    public void AQuoteMarkReadInTheGutter_DoesNotBridgeIt()
    {
        // A speck in a gutter read as a closing quote, beside the left column's line, joined the right column's item number
        // to it: "承辦人賴淑” 三、" (a two-column letter, 200 dpi).
        var line = new PixelRect(100, 200, 1600, 44);
        var words = new (PixelRect, string)[]
        {
            (new PixelRect(100, 202, 500, 40), "一、聯絡電話(06)6276-8232，"), (new PixelRect(612, 202, 248, 40), "承辦人賴淑"),
            (new PixelRect(900, 202, 30, 40), "”"), (new PixelRect(960, 202, 40, 40), "三、"), (new PixelRect(1010, 202, 690, 40), "退稅金額計新臺幣138,243元"),
        };

        var parts = WideGaps.Split(line, "一、聯絡電話(06)6276-8232， 承辦人賴淑 ” 三、 退稅金額計新臺幣138,243元", words);

        Assert.That(parts, Is.EqualTo(new[]
        {
            (new PixelRect(100, 200, 760, 44), "一、聯絡電話(06)6276-8232， 承辦人賴淑 ”"),
            (new PixelRect(960, 200, 740, 44), "三、 退稅金額計新臺幣138,243元"),
        }));
    }

    [Test]
    public void AStopMadeUpOverBlankPaperInTheGutter_DoesNotBridgeIt_AndAPrintedOneStillDoes()
    {
        // A bulletin (200 dpi JPEG): Tesseract put a 。 that is not printed after the left column's 查核, in the gutter, and read
        // the right column's line on as the same line.
        var line = new PixelRect(246, 1165, 1554, 60);
        var words = new (PixelRect, string)[]
        {
            (new PixelRect(246, 1165, 42, 40), "(2)"), (new PixelRect(301, 1165, 602, 38), "本案所附之證明文件,本處得依法"), (new PixelRect(909, 1165, 94, 68), "查核"),
            (new PixelRect(1002, 1165, 27, 68), "。"), (new PixelRect(1071, 1165, 27, 37), "(如"), (new PixelRect(1102, 1165, 698, 38), "委託他人代理申請"),
        };
        const string text = "(2)本案所附之證明文件,本處得依法查核。 (如委託他人代理申請";

        var blankGutter = WideGaps.Split(line, text, words, box => box.X + box.Width <= 1003 || box.X >= 1071);
        var printedStop = WideGaps.Split(line, text, words, _ => true);

        Assert.That(blankGutter.Select(p => p.Text), Is.EqualTo(new[] { "(2)本案所附之證明文件,本處得依法查核。", "(如委託他人代理申請" }));
        Assert.That(printedStop.Select(p => p.Text), Is.EqualTo(new[] { text }));
    }

    [Test]
    public void AGutterACharacterWide_BeforeTheOtherColumnsListNumber_IsCut()
    {
        // A two-column letter: the white between 統 and the right column's [四、 (a rule's stub read as a bracket) is a character
        // wide, less than a gap between words has to be; but a list number starts after it. (The white after the left item's
        // number, its 、 too small to count, is a gap of its own; the item's rows join it again.)
        var line = new PixelRect(247, 972, 1564, 40);
        var words = new (PixelRect, string)[]
        {
            (new PixelRect(247, 972, 37, 39), "二"), (new PixelRect(300, 972, 11, 11), "、"), (new PixelRect(332, 972, 644, 40), "旨揭土地所有權人賴雅婷,身分證"),
            (new PixelRect(976, 972, 55, 40), "統"), (new PixelRect(1072, 972, 36, 39), "[四"), (new PixelRect(1125, 972, 12, 10), "、"),
            (new PixelRect(1144, 972, 19, 57), "上"), (new PixelRect(1162, 972, 649, 40), "旨揭土地所有權人張麗華,身分證統"),
        };

        var parts = WideGaps.Split(line, "二、旨揭土地所有權人賴雅婷,身分證統[四、上旨揭土地所有權人張麗華,身分證統", words);

        Assert.That(parts.Select(p => p.Text), Is.EqualTo(new[] { "二、", "旨揭土地所有權人賴雅婷,身分證統", "[四、上旨揭土地所有權人張麗華,身分證統" }));
    }
}
