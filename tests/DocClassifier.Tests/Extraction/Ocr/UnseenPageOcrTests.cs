using DocClassifier.Extraction;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples.OcrPages;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>
/// Whole pages of the generated OCR page set (<see cref="OcrPageSet"/>), rendered here exactly as the benchmark's
/// <c>tune/</c> half has them, each one a page that a fault in the pipeline once spoilt.
/// </summary>
[TestFixture]
[Category("Ocr")]
public class UnseenPageOcrTests
{
    [Test]
    public void TheNotesBelowADeclarationsTable_AreReadLineByLine()
    {
        // A doubtful line in the band above re-read as one line had left the engine in that mode: the notes' four
        // lines were then laid out as one and came back as "下 0" (33 % CER on this page; 5 % since).
        var (text, truth) = Read(OcrPageSet.TuneFolder, 1);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("一、申請人之通訊地址如有變更").And.Contain("二、繳款書所載之稅額如有疑義"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.10), text);
        });
    }

    [Test]
    public void ALabelsColon_HasNoSpaceBeforeItsValue()
    {
        var (text, _) = Read(OcrPageSet.TuneFolder, 1);

        Assert.That(text, Does.Contain("收件編號:170008708"), text);
    }

    [Test]
    public void ALineTheLayoutMergedWithPartOfTheNext_IsReadAgainOnItsOwn()
    {
        // The layout made the first row of a wrapped sentence two rows tall, and it came back as "主旨 : 人 ,申" (12.9 % CER).
        var (text, truth) = Read(OcrPageSet.TuneFolder, 24);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("建國北路3段106號10樓"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.08), text);
        });
    }

    [Test]
    public void TwoColumnsJoinedOverTheirGutter_AreReadColumnByColumn()
    {
        // A two-column letter in the tune faces (not a page of either half, OcrPageSet.TwoColumnLetter): Tesseract laid out
        // each left line and the right one beside it as one line, and the columns came back interleaved (32.3 % CER).
        var (name, image, truth, _) = OcrPageSet.TwoColumnLetter(4);
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write(name, image)).Text;

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(@"承辦人周\s*\n\s*佩珊"), text);
            Assert.That(text.IndexOf("申請書辦理", StringComparison.Ordinal), Is.LessThan(text.IndexOf("四、", StringComparison.Ordinal)), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void ABulletinsColumns_AreReadWholeBetweenItsHeaderAndItsContactLine()
    {
        // A two-column bulletin in the tune faces (OcrPageSet.TwoColumnBulletin 17, 200 dpi): the header's right-aligned date
        // was read as the right column's first line and the contact line under the longer left column as that column's last,
        // so the right column came after both (41.9 % CER).
        var (name, image, truth, _) = OcrPageSet.TwoColumnBulletin(17);
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write(name, image)).Text;

        Assert.Multiple(() =>
        {
            Assert.That(text.IndexOf("110年11月20日", StringComparison.Ordinal), Is.LessThan(text.IndexOf("受理地點", StringComparison.Ordinal)), text);
            Assert.That(text.IndexOf("文件影本", StringComparison.Ordinal), Is.LessThan(text.IndexOf("洽詢電話", StringComparison.Ordinal)), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.05), text);
        });
    }

    [Test]
    public void AFaxWhoseProbeStripLookedLatin_IsStillReadAsChinese()
    {
        // A skewed fax payment notice: the Latin model read the probe's strip of table rules and digits as `eee REAR BRR`
        // with confidence 63, and the whole page came back as Latin scraps (`SARA RARE`, 75.4 % CER).
        var (text, truth) = Read(OcrPageSet.TuneFolder, 50);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("房屋稅").And.Contain("繳款期限"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.25), text);
        });
    }

    [Test]
    public void AFax_IsReadAtTheTargetResolution_NotScaledUpToTheFloorOfBlackAndWhiteScans()
    {
        // A declaration faxed at 204x98 dpi in a Ming face. The 300 dpi floor that keeps a black-and-white scan from being
        // scaled down also scaled the fax up to 300 dpi, and it came back at 27.1 % CER; at the 250 dpi target, 13.5 %.
        var (name, image, truth, _) = OcrPageSet.Page(OcrPageSet.TuneFolder, 22);
        using var folder = new TempFolder();
        var page = Extractions.ExtractOnce(folder.Write(name, image)).Pages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(page.Resolution, Is.LessThanOrEqualTo(new ExtractionOptions().TargetResolution));
            Assert.That(TextAccuracy.CharacterErrorRate(page.Text, truth), Is.LessThanOrEqualTo(0.18), page.Text);
        });
    }

    [TestCase(111, 0.20)]
    [TestCase(289, 0.04)]
    public void AFaxSmoothedBeforeItIsScaledUp_IsRead(int index, double maxCer)
    {
        // Faxes of the tune half's layouts and faces beyond the benchmark's 90 pages: a Ming letter (36.8 % CER with the fax's
        // pixel stairs enlarged, 14.0 % smoothed) and a Hei declaration (9.6 % -> 0.4 %).
        var (text, truth) = Read(OcrPageSet.TuneFolder, index);

        Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(maxCer), text);
    }

    [Test]
    public void ALetterSpacedTitleOnAFax_IsRead()
    {
        // A fax's broken strokes: packed together, the letter-spaced title 房 屋 稅 繳 款 書 came back empty from the single-line
        // mode, whose noise filter dropped every glyph.
        var (text, _) = Read(OcrPageSet.TuneFolder, 41);

        Assert.That(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), Does.Contain("房屋稅繳款書"), text);
    }

    [Test]
    public void ListNumbersPrintedOneAboveTheOther_StartTheirLines()
    {
        // The layout took the column 二 三 of a letter's notes for a line of vertical text (同司和) and the rows lost them.
        var (text, _) = Read(OcrPageSet.TuneFolder, 9);

        Assert.That(text, Does.Contain("二、依據臺端").And.Contain("三、依據臺端").And.Not.Contain("同司和"), text);
    }

    [Test]
    public void AShortNumberAloneInACell_IsReadAsDigits()
    {
        // chi_tra read the tax year 112 in its cell as 同, with confidence 0; the Latin model reads it as digits.
        var (text, _) = Read(OcrPageSet.TuneFolder, 28);

        Assert.That(text, Does.Contain("課稅年度112").And.Not.Contain("課稅年度同"), text);
    }

    [Test]
    public void WordsChiTraMisreads_AreReadWithTheHanScriptModel()
    {
        // A jpeg payment notice in the Ming face: chi_tra alone read 影本上加註與正本相符字 as "蛀 ME全" and the total 30,353 as
        // "ReEE8"; with the Han (Traditional) script model beside it (Extraction:Languages chi_tra+HanT) both are read.
        var (text, _) = Read(OcrPageSet.TuneFolder, 23);

        Assert.That(text, Does.Contain("本上加註與正本相").And.Contain("30,353"), text);
    }

    [Test]
    public void AnEmptyCellsScanSpecks_AreNotReadAsMarks()
    {
        // A payment notice's 合計 row leaves its middle cell empty; read on their own, the cell's scan specks came back as
        // "上 、 、。。 。-。。 有" between 合計 and the total (4.2 % CER on this page; 0.4 % since).
        var (text, truth) = Read(OcrPageSet.TuneFolder, 20);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("合計1,749,303"), text);
            Assert.That(TextAccuracy.CharacterErrorRate(text, truth), Is.LessThanOrEqualTo(0.02), text);
        });
    }

    [Test]
    public void ASealsCharacters_AreNotReadBesideTheApplicantsName()
    {
        // A 核章 seal between the applicant's name and 簽名或蓋章: its ring was whitened, but a stroke of its characters not
        // joined to the ring stayed and was read as 人.
        var (text, _) = Read(OcrPageSet.TuneFolder, 40);

        Assert.That(text, Does.Contain("林麗華(簽名或蓋章)"), text);
    }

    [Test]
    public void CellsABrokenRuleJoined_AreEachReadOnce()
    {
        // A fax broke the rule between the 課稅年度 row's last cell (115) and the address row under it: the two made one white
        // region whose box lay over the house-tax number's and the label's cells, and was read as a cell. The number came
        // back twice and 課稅年度 not at all (9.4 % CER on this page; 3.1 % since).
        var (text, _) = Read(OcrPageSet.TuneFolder, 55);

        Assert.Multiple(() =>
        {
            Assert.That(text.Split("472622673272"), Has.Length.EqualTo(2), text);
            Assert.That(text, Does.Contain("課稅年度"), text);
        });
    }

    [Test]
    public void ListNumbersReadAsOneColumn_StartTheirLinesInOrder_WhenTheRowReadAgainIsNoLonger()
    {
        // A 150 dpi Ming notice: the notes' 二 and 三 came back as one piece two rows tall (`liu li`) and their rows were read
        // again from its left edge (二、丸委託他人…), but that reading was no longer than the first, which had one mark more, so
        // it was not kept; the tall piece stayed and the two rows came out mixed (22.8 % CER on this page; 4.1 % since).
        var (text, _) = Read(OcrPageSet.TuneFolder, 47);

        Assert.That(text, Does.Match("(?s)二、[^\n]*委託他人[^\n]*\n三、繳款書"), text);
    }

    [Test]
    public void TwoColumnLettersSubject_ReadAsOneCharacter_IsReadAgain()
    {
        // Letter 14 of the two-column letters (OcrPageSet.TwoColumnLetter): 主旨's line, laid out two rows tall, came back as 人
        // (confidence 49); read again as a block it read :有關臺傭所有任洛宜閑縣太保市復興 (45), not kept for its confidence.
        var (name, image, _, _) = OcrPageSet.TwoColumnLetter(14);
        using var folder = new TempFolder();
        var text = Extractions.ExtractOnce(folder.Write(name, image)).Text;

        Assert.That(text, Does.Contain("太保市復興"), text);
    }

    private static (string Text, string Truth) Read(string half, int index)
    {
        var (name, image, truth, _) = OcrPageSet.Page(half, index);
        using var folder = new TempFolder();
        return (Extractions.ExtractOnce(folder.Write(name, image)).Text, truth);
    }
}
