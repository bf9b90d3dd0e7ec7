using DocClassifier.Extraction.Ocr;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The strip read first decides whether a page is read once in English or as Chinese.</summary>
[TestFixture]
public class ScriptProbeTests
{
    [TestCase("TOTAL SALES INCL GST 12.50 CASH CHANGE", true, TestName = "English receipt lines are Latin")]
    [TestCase("TOTAL 12.50 鬥 CASH CHANGE DUE", true, TestName = "A stray Chinese character in English text is still Latin")]
    [TestCase("人 人人及 4 5ST-FPRIVILE6E LARD/6D INDUAH 上福生 了48 HANDKERUHIEF", true, TestName = "Chinese characters made out of a receipt's noise leave it Latin")]
    [TestCase("對 AA 上 本|1]違7 foyx 了The niceck rouun WINNDEW", true, TestName = "A scaled-down English letter read by chi_tra is Latin")]
    [TestCase("MAKANAN 一一一~ 和|I vy. 0 15.00 7N", true, TestName = "A receipt's dashed rule read as one character repeated is no Chinese word")]
    [TestCase("TOTAL QTY 家家家家家家 CASH", true, TestName = "A receipt's row of asterisks read as one character repeated is no Chinese word")]
    [TestCase("公司名稱 ABC Trading 地址 台北市", false, TestName = "A Chinese row with an English name is not Latin")]
    [TestCase("統一編號 12345678 營業人名稱 Acme Trading Company Limited", false, TestName = "Chinese words beside a long English name are not Latin")]
    [TestCase("納稅義務人 王小明 身分證統一編號 A123456789", false, TestName = "A Chinese form's row is not Latin")]
    [TestCase("12.50 3", false, TestName = "Too few letters decide nothing")]
    public void IsLatin_TellsTheScriptOfAStrip(string text, bool latin) =>
        Assert.That(ScriptProbe.IsLatin(text), Is.EqualTo(latin));

    [TestCase("納稅義務人 王小明 身分證統一編號", true, TestName = "A row of Chinese words is clearly Chinese")]
    [TestCase("統一編號 12345678 Acme Trading Company Limited", false, TestName = "Four Chinese characters beside more Latin letters are not clearly Chinese")]
    [TestCase("人 了 TOTAL", false, TestName = "A receipt's stray characters are not clearly Chinese")]
    [TestCase("TOTAL SALES INCL GST 12.50 CASH CHANGE", false, TestName = "English is not Chinese")]
    public void IsChinese_IsClearOnlyWhenChineseCharactersOutnumberLetters(string text, bool chinese) =>
        Assert.That(ScriptProbe.IsChinese(text), Is.EqualTo(chinese));

    [TestCase("寄件者：戴惠春 <tina245@yahoo.com.tw> 寄件日期：2025年4月18日 收件者：mailbox@tax.ntpc.gov.tw", true, TestName = "An e-mail's Chinese headers among addresses hold Chinese")]
    [TestCase("納稅義務人 王小明", true, TestName = "Clearly Chinese text holds Chinese")]
    [TestCase("人 人人及 4 5ST-FPRIVILE6E LARD/6D INDUAH 上福生 了48 HANDKERUHIEF", false, TestName = "A receipt's noise read as a few characters holds none")]
    [TestCase("https://outlook.live.com/mail/0/inbox/id/AQQKADAWATM9673462 1/1", false, TestName = "A URL holds none")]
    public void HoldsChinese_FindsChineseWordsAmongLatinLetters(string text, bool chinese) =>
        Assert.That(ScriptProbe.HoldsChinese(text), Is.EqualTo(chinese));

    [Test]
    public void TheTallestBandsStrip_IsTakenFromTheBodyOfText_NotFromTheBandNearestTheMiddle()
    {
        // A printed e-mail: headers and body in one tall band at the top, the URL footer alone in a band at the middle.
        using var image = GreyImages.Paint(2000, 2800, (_, _) => 255);
        image.Resolution = 250;
        using var page = new PreparedPage(image, [], [new PixelRect(0, 100, 1999, 900), new PixelRect(0, 1350, 1999, 100)]);

        var middle = ScriptProbe.Strip(page)!.Value;
        var body = ScriptProbe.Strip(page, tallest: true)!.Value;

        Assert.That(middle.Y, Is.GreaterThanOrEqualTo(1350));
        Assert.That(body.Y, Is.InRange(350, 470), "a tenth of the page around the body's middle");
        Assert.That(body.Bottom, Is.InRange(630, 750));
    }

    [Test]
    public void TheShortStrip_IsTwoOrThreeLinesAndHalfAPageWide_InsideTheTenth()
    {
        // A 300 dpi letter-sized page with one tall band of text in its middle.
        using var image = GreyImages.Paint(2550, 3300, (_, _) => 255);
        image.Resolution = 300;
        using var page = new PreparedPage(image, [], [new PixelRect(0, 1000, 2549, 1200)]);

        var tenth = ScriptProbe.Strip(page)!.Value;
        var strip = ScriptProbe.Strip(page, @short: true)!.Value;

        Assert.That((tenth.Height, tenth.Width), Is.EqualTo((330, 2549)));
        Assert.That((strip.Height, strip.Width), Is.EqualTo((135, 1350)));
        Assert.That(strip.Y, Is.GreaterThanOrEqualTo(tenth.Y).And.LessThanOrEqualTo(tenth.Bottom - strip.Height));
    }

    [Test]
    public void TheStrip_EndsInTheGapsBetweenLines_NotThroughALine()
    {
        // Lines 40 px tall, 20 px apart; centred on its band, the short strip would end inside the line at 520-559.
        using var image = GreyImages.Paint(1000, 1000, (_, y) => y >= 100 && (y - 100) % 60 < 40 ? (byte)0 : (byte)255);
        image.Resolution = 300;
        using var page = new PreparedPage(image, [], [new PixelRect(0, 105, 999, 800)]);

        var strip = ScriptProbe.Strip(page, @short: true)!.Value;

        var lines = Enumerable.Range(0, 14).Select(k => (Top: 100 + (60 * k), Bottom: 140 + (60 * k)));
        Assert.That(lines.Where(l => l.Top < strip.Bottom && l.Bottom > strip.Y), Is.All.Matches<(int Top, int Bottom)>(l => l.Top >= strip.Y && l.Bottom <= strip.Bottom), "no line is cut");
        Assert.That(strip.Height, Is.InRange(80, 140));
    }

    [TestCase(75, 40, true, TestName = "A confident Latin reading with letters enough is Latin")]
    [TestCase(45, 40, false, TestName = "Chinese read with the Latin model comes back with little confidence")]
    [TestCase(90, 5, false, TestName = "A few confident letters decide nothing")]
    public void IsConfidentLatin_NeedsConfidenceAndLetters(int confidence, int letters, bool latin) =>
        Assert.That(ScriptProbe.IsConfidentLatin(new OcrResult(new string('a', letters) + " 12.50", confidence)), Is.EqualTo(latin));

    [TestCase("—— Fale ee re ¥ ||", false, TestName = "Letters in scraps of one or two are not words (a Chinese invoice's strip read with eng, confidence 67)")]
    [TestCase("Bill Date : 20/11/2017 Cashier", true, TestName = "A receipt's line is Latin")]
    public void IsConfidentLatin_CountsOnlyTheLettersOfWords(string text, bool latin) =>
        Assert.That(ScriptProbe.IsConfidentLatin(new OcrResult(text, 67)), Is.EqualTo(latin));

    [TestCase("RM 37.55 2.25 0.00", 85, true, TestName = "A confident reading of amounts tells nothing (the tenth of the page decides)")]
    [TestCase("RM 37.55 2.25 0.00", 40, false, TestName = "An unconfident reading is left to the Chinese model")]
    [TestCase("Thank You Please come again", 85, false, TestName = "A confident reading with words is Latin, not unclear")]
    public void IsConfidentWithFewLetters_MarksAStripTheLatinModelCannotJudge(string text, int confidence, bool unclear) =>
        Assert.That(ScriptProbe.IsConfidentWithFewLetters(new OcrResult(text, confidence)), Is.EqualTo(unclear));

    [Test]
    public void APageWithoutInk_HasNoStrip()
    {
        using var image = GreyImages.Paint(100, 100, (_, _) => 255);
        using var page = new PreparedPage(image, [], []);

        Assert.That(ScriptProbe.Strip(page, @short: true), Is.Null);
    }
}
