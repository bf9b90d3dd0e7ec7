using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;
using SkiaSharp;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// The hard cases of unseen Chinese pages (issue 18), each on a generated scan with exact text: a letter-spaced
/// title, numbers and IDs in table cells, a lone date at the bottom right, a wrapped sentence and two columns.
/// </summary>
[TestFixture]
[Category("Ocr")]
public class HardCaseOcrTests
{
    private static readonly OcrPageScan Scan = new(OcrPageScan.Grey, 250, 0.7f, 0);

    [Test]
    public void ALetterSpacedTitle_IsReadAsOneWord()
    {
        var (text, truth) = Read(page =>
        {
            page.SpacedTitle("契稅申報書", 20, 1.6f);
            page.Gap(10);
            _ = page.Paragraph("本申請書應由納稅義務人親自填寫並簽名或蓋章。", 12);
        });

        Assert.Multiple(() =>
        {
            Assert.That(Compact(text), Does.Contain("契稅申報書"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void ALargeTitleOverSmallerText_IsRead()
    {
        // A clean 300 dpi payment notice: Tesseract's page layout left its 19 pt title out altogether (given alone, it reads it).
        var (text, truth) = Read(
            page =>
            {
                page.Line("新竹縣政府地方稅務局", 16, SKTextAlign.Center);
                page.Line("契稅繳款書", 19, SKTextAlign.Center);
                page.Gap(6);
                page.Row(12, true, ("繳款期限：中華民國113年2月1日", 0), ("銷帳編號：04782537649324", 0));
                page.Row(12, false, ("納稅義務人：郭家豪", 0), ("統一編號：84606985", 0.55f));
                _ = page.Paragraph("課稅地址：基隆市淡水區林森南路3段247號13樓", 12);
            },
            OcrFaces.NotoSans,
            new OcrPageScan(OcrPageScan.Grey, 300, 1.2f, 0));

        Assert.Multiple(() =>
        {
            Assert.That(Compact(text), Does.Contain("契稅繳款書"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void NumbersAndIdsInTableCells_AreReadDigitForDigit()
    {
        var (text, truth) = Read(page =>
        {
            page.Line("房屋稅減免申請書", 18, SKTextAlign.Center);
            page.Table(
                [
                    ["房屋稅籍編號", "955045910125"],
                    ["身分證統一編號", "K184352706"],
                    ["扣繳單位統一編號", "01846171"],
                    ["聯絡電話", "(04)4120-3192"],
                    ["計費期間", "112/01/17~112/03/21"],
                ],
                [0.35f, 0.65f],
                12);
        });

        Assert.Multiple(() =>
        {
            Assert.That(Compact(text), Does.Contain("955045910125").And.Contain("K184352706").And.Contain("01846171"), text);
            Assert.That(Compact(text), Does.Contain("112/01/17~112/03/21"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void CellsWithTwoLinesOfSmallWriting_AreReadWhole()
    {
        // A land office's list (an outside set's page): each 土地坐落 cell holds two lines in less than half an inch, and read
        // as one line each came back as one character (民雄鄉東湖段二小段 0970-0000地號 as 人).
        var (text, truth) = Read(page =>
        {
            page.Line("土地所有權移轉登記通報清冊", 16, SKTextAlign.Center);
            page.Table(
                [
                    ["收件字號", "土地坐落", "登記原因", "權利人"],
                    ["114民雄字84408", "民雄鄉東湖段二小段\n0970-0000地號", "贈與", "林育明"],
                    ["114民雄字81136", "民雄鄉東湖段一小段\n0646-0011地號", "拍賣", "胡美玲"],
                    ["114民雄字16068", "民雄鄉民雄段\n1615-0000地號", "繼承", "謝怡君"],
                ],
                [0.3f, 0.35f, 0.17f, 0.18f],
                10);
        });

        Assert.Multiple(() =>
        {
            Assert.That(Compact(text), Does.Contain("民雄鄉東湖段二小段0970-0000地號").And.Contain("民雄鄉民雄段1615-0000地號"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void ALabelThatWrapsInANarrowCell_IsReadLineByLine()
    {
        // A stamp-tax application's label column (an outside set's page): 應納印花稅憑證種 over 類, read as a block, came back as
        // "種 證 花稅 上 納", a column of single characters; here, as a block, as 人.
        var (text, truth) = Read(
            page =>
            {
                page.Line("印花稅彙總繳納申請書", 16, SKTextAlign.Center);
                page.Table(
                    [
                        ["營利事業名稱", "勝華食品股份有限公司"],
                        ["應納印花稅憑證種\n類", "銀錢收據　買賣動產契據　承攬契據"],
                        ["預估每月開立件數", "約2381件"],
                    ],
                    [0.22f, 0.78f],
                    11);
            },
            scan: new OcrPageScan(OcrPageScan.Grey, 300, 0.5f, 0));

        Assert.Multiple(() =>
        {
            Assert.That(Compact(text), Does.Contain("應納印花稅憑證種類"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void ATableWithoutRulesBetweenItsRows_IsReadRowByRow()
    {
        // A payment notice whose rows have no rules between them (or lost them on a fax): each cell holds a line of every row,
        // and cell after cell the table came out column by column, three tax numbers before their amounts.
        var (text, _) = Read(page =>
        {
            page.Line("房屋稅繳款書", 16, SKTextAlign.Center);
            page.Table(
                [
                    ["稅目", "稅籍編號", "應納稅額"],
                    ["房屋稅\n房屋稅\n房屋稅", "925862147088\n322255242070\n179465199720", "1,238,992\n860,700\n1,806,271"],
                ],
                [0.25f, 0.45f, 0.3f],
                12);
        });

        // Each row: the tax, its number and then (however well read) its amount.
        var rows = text.Split('\n').Select(l => string.Concat(l.Where(char.IsLetterOrDigit)))
            .Where(l => l.StartsWith("房屋稅", StringComparison.Ordinal) && l.Any(char.IsAsciiDigit)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r[..Math.Min(r.Length, 15)]), Is.EqualTo(new[] { "房屋稅925862147088", "房屋稅322255242070", "房屋稅179465199720" }), text);
            Assert.That(rows.Select(r => r.Length), Has.All.GreaterThan(15 + 4), text);
        });
    }

    [Test]
    public void ALoneDateAtTheBottomRight_IsReadLast()
    {
        var (text, truth) = Read(page =>
        {
            page.Line("退稅通知書", 18, SKTextAlign.Center);
            page.Line("納稅義務人：王小明", 12);
            _ = page.Paragraph("臺端申請房屋稅退稅一案，經核符合規定，退稅款將於本函送達後十日內匯入指定帳戶，請查照。", 12);
            page.Y = page.Bottom - (2 * page.LineHeight(12));
            page.Line("113/11/21", 12, SKTextAlign.Right);
        });

        Assert.Multiple(() =>
        {
            Assert.That(text.TrimEnd(), Does.EndWith("113/11/21"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void AWrappedSentenceAndTwoColumns_ComeOutInReadingOrder()
    {
        var (text, truth) = Read(page =>
        {
            page.Line("申報須知", 18, SKTextAlign.Center);
            _ = page.Paragraph("臺端申請契稅退稅一案（原核定字號：北稅房字第1140096230號），請將退稅款存入臺端指定之金融機構帳戶，如帳戶有誤請洽本處更正。", 12, firstIndentEm: 2);
            page.Gap(10);
            page.Columns(
                ["一、本申請書應由納稅義務人親自填寫並簽名或蓋章，如委託他人代理申請，應檢附委託書。"],
                ["二、逾期繳納者，每逾二日按滯納數額加徵百分之一滯納金，最高以百分之十五為限。"],
                12);
            page.Gap(10);
            page.Line("承辦單位：地方稅務局", 12);
        });

        Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
    }

    private static (string Text, string Truth) Read(Action<OcrPageCanvas> draw, OcrFace? face = null, OcrPageScan? scan = null)
    {
        var (image, truth) = OcrPageSet.Render((page, _, _) => draw(page), face ?? OcrFaces.UMing, scan ?? Scan, seed: 18);
        using var folder = new TempFolder();
        var text = Extractions.Extract(folder.Write("page.png", image)).Text;
        return (text, truth);
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
