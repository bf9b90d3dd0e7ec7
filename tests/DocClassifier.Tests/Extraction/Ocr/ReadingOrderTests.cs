using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Recognised lines come out in the order a person reads them, whatever order Tesseract's blocks had.</summary>
[TestFixture]
public class ReadingOrderTests
{
    [Test]
    public void AWrappedSentencesFarEnd_StaysOnItsLine_EvenWhenTesseractPutItInTheSignaturesBlock()
    {
        var pieces = new[]
        {
            Piece(100, 100, 1800, "主旨：臺端申請房屋稅退稅一案，經核符合規定（原核定字號：北稅房", 0),
            Piece(100, 160, 700, "字第1140096230號），請將退", 0),
            Piece(1100, 400, 700, "處長　王大明", 1),
            Piece(820, 160, 900, "稅款存入指定帳戶。", 1),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "主旨：臺端申請房屋稅退稅一案，經核符合規定（原核定字號：北稅房",
            "字第1140096230號），請將退 稅款存入指定帳戶。",
            "處長　王大明",
        }));
    }

    [Test]
    public void TwoColumns_AreReadWholeLeftFirst_BetweenTheTitleAboveAndTheLineBelow()
    {
        var pieces = new List<TextPiece> { Piece(600, 100, 800, "申報須知", 0) };
        for (var i = 0; i < 3; i++)
        {
            pieces.Add(Piece(100, 300 + (i * 60), 850, $"左欄第{i + 1}行", 1));
            pieces.Add(Piece(1050, 300 + (i * 60), 850, $"右欄第{i + 1}行", 2));
        }

        // A line Tesseract left in a block of its own still belongs to the column it lies in.
        pieces.Add(Piece(1050, 480, 400, "右欄末行", 4));
        pieces.Add(Piece(100, 700, 1200, "承辦單位：地方稅務局", 3));

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "申報須知", "左欄第1行", "左欄第2行", "左欄第3行", "右欄第1行", "右欄第2行", "右欄第3行", "右欄末行", "承辦單位：地方稅務局",
        }));
    }

    [Test]
    public void TwoColumnsWithANarrowGutter_AreReadWholeLeftFirst()
    {
        // A magazine's gutter is about a line high: the blocks adjoin, but each has several lines.
        var pieces = new List<TextPiece>();
        for (var i = 0; i < 5; i++)
        {
            pieces.Add(Piece(100, 300 + (i * 40), 660, $"left line {i + 1}", 1, height: 30));
            pieces.Add(Piece(800, 300 + (i * 40), 660, $"right line {i + 1}", 2, height: 30));
        }

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(Enumerable.Range(1, 5).Select(i => $"left line {i}").Concat(Enumerable.Range(1, 5).Select(i => $"right line {i}"))));
    }

    [Test]
    public void AColumnsLastLine_InABlockOfItsOwnANarrowGutterFromTheOtherColumn_EndsItsColumn()
    {
        // A magazine page (RVL-CDIP, 100 dpi read at 300): the left column's last line, a block of its own, lies less than two
        // line heights left of the right column's lines, and a picture's caption sits between the columns over their lower half.
        var pieces = new List<TextPiece>();
        for (var i = 0; i < 7; i++)
        {
            // The columns narrow around the picture in the third to sixth rows.
            var narrow = i is >= 2 and <= 5;
            if (i < 6)
            {
                pieces.Add(Piece(234, 500 + (i * 40), narrow ? 600 : 795, $"left line {i + 1}", 2, height: 32));
            }

            pieces.Add(Piece(narrow ? 1287 : 1092, 500 + (i * 40), narrow ? 600 : 795, $"right line {i + 1}", 7, height: 32));
        }

        pieces.Add(Piece(1092, 780, 795, "right line 8", 7, height: 32));

        pieces.Add(Piece(901, 580, 316, "THE ROOFS", 6, height: 30));
        pieces.Add(Piece(920, 620, 280, "OF THE CITY", 6, height: 30));
        pieces.Add(Piece(930, 660, 260, "ARE RESTORED", 6, height: 30));
        pieces.Add(Piece(940, 700, 240, "NOW", 6, height: 30));
        pieces.Add(Piece(234, 740, 795, "left last line", 3, height: 32));

        var text = ReadingOrder.Arrange(pieces);

        var lines = Lines(text).ToList();
        Assert.That(lines.IndexOf("left last line"), Is.EqualTo(lines.IndexOf("left line 6") + 1), text);
        Assert.That(lines.IndexOf("right line 1"), Is.GreaterThan(lines.IndexOf("left last line")), text);
    }

    [Test]
    public void ALeftColumnInBlocksThatStayedApart_IsReadTopToBottom_BeforeTheRightColumn()
    {
        // A bulletin (two-column-bulletin 25 of the fresh set): the left column's item (2) is a block of one line between two
        // blocks of the column, so the column is two units beside the right column, the lower one starting a pixel further left.
        var pieces = new[]
        {
            Piece(203, 410, 37, "一、", 2, 37), Piece(292, 410, 157, "繳納方式", 2, 37),
            Piece(283, 478, 663, "(1)本處網站提供線上申辦服務,可免除", 2, 37), Piece(202, 540, 291, "臨櫃往返之不便。", 2, 37),
            Piece(207, 603, 752, "(2)本件原核定字號中稅服字第1140451691號,", 3, 37),
            Piece(201, 666, 746, "應補徵稅額新臺幣1,573,126元,已另行寄發", 4, 37), Piece(201, 729, 138, "繳款書。", 4, 37),
            Piece(202, 850, 745, "洽詢電話:(06)2664-8303 承辦人:邱秀英", 5, 37),
            Piece(1107, 410, 37, "二、", 7, 37), Piece(1194, 410, 159, "洽詢方式", 7, 37),
            Piece(1111, 477, 739, "(1)旨揭土地所有權人王國華,身分證統一編", 7, 37), Piece(1106, 540, 714, "號Z246726749,請於期限內繳納應納稅額。", 7, 37),
            Piece(1111, 603, 739, "(2)營利事業統一編號90711399之永福食品有", 7, 37), Piece(1107, 666, 108, "限公司,", 7, 37),
            Piece(1271, 666, 580, "應於中華民國112年5月1日前補正資", 7, 37), Piece(1106, 729, 330, "料,逾期依法處理。", 7, 37),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、 繳納方式", "(1)本處網站提供線上申辦服務,可免除", "臨櫃往返之不便。", "(2)本件原核定字號中稅服字第1140451691號,",
            "應補徵稅額新臺幣1,573,126元,已另行寄發", "繳款書。", "二、 洽詢方式", "(1)旨揭土地所有權人王國華,身分證統一編",
            "號Z246726749,請於期限內繳納應納稅額。", "(2)營利事業統一編號90711399之永福食品有", "限公司, 應於中華民國112年5月1日前補正資",
            "料,逾期依法處理。", "洽詢電話:(06)2664-8303 承辦人:邱秀英",
        }));
    }

    [Test]
    public void ALineUnderAColumnCutAtItsComma_GoesOnWithTheColumn()
    {
        // A bulletin (fresh set, 51): Tesseract broke the right column into blocks and cut its item (2) at the comma's white;
        // the part after the comma starts mid-column, yet belongs to the column as much as the part before it.
        var pieces = new[]
        {
            Piece(195, 380, 33, "一、", 2, 32), Piece(275, 380, 138, "繳納方式", 2, 32),
            Piece(266, 440, 273, "(1)如不服本處核定,", 2, 32), Piece(583, 440, 351, "得於收到本函之次日起三", 2, 32),
            Piece(194, 495, 481, "十日內,檢附證明文件申請復查。", 2, 32), Piece(266, 544, 438, "(2)本處網站提供線上申辦服務,", 2, 32),
            Piece(745, 544, 189, "可免除臨櫃往", 2, 32), Piece(194, 605, 151, "返之不便。", 2, 32),
            Piece(194, 710, 646, "洽詢電話:(06)5474-1784 承辦人:劉宗翰", 3, 32),
            Piece(1051, 380, 29, "二、", 5, 32), Piece(1121, 380, 125, "申請資格", 5, 32),
            Piece(1054, 434, 366, "(1)旨揭土地所有權人蔡志明,", 5, 28), Piece(1462, 434, 19, "身", 5, 28),
            Piece(1486, 434, 176, "分證統一編號", 8, 28), Piece(1038, 480, 538, "M194490373,請於期限內繳納應納稅額。", 9, 32),
            Piece(1054, 532, 408, "(2)繳款書所載之稅額如有疑義,", 6, 29), Piece(1485, 533, 297, "請於繳納期間內向本處", 10, 28),
            Piece(1050, 583, 76, "查詢。", 7, 28),
        };

        var text = ReadingOrder.Arrange(pieces);

        var lines = Lines(text).ToList();
        Assert.That(lines, Does.Contain("(2)繳款書所載之稅額如有疑義, 請於繳納期間內向本處"), text);
        Assert.That(lines.IndexOf("(2)繳款書所載之稅額如有疑義, 請於繳納期間內向本處"), Is.EqualTo(lines.IndexOf("M194490373,請於期限內繳納應納稅額。") + 1), text);
        Assert.That(lines.IndexOf("查詢。"), Is.EqualTo(lines.IndexOf("M194490373,請於期限內繳納應納稅額。") + 2), text);
        Assert.That(lines.IndexOf("二、 申請資格"), Is.GreaterThan(lines.IndexOf("返之不便。")), text);
        Assert.That(lines[^1], Is.EqualTo("洽詢電話:(06)5474-1784 承辦人:劉宗翰"), text);
    }

    [Test]
    public void AContactLinesLabelAndNumber_UnderTheLeftColumn_DoNotGoOnWithIt()
    {
        // A bulletin fax (bulletin 24): a scrap read two lines high ends the left column, so the contact line's label lies
        // within a line height under it; its number, a wide white further on, is no part of a line Tesseract cut at a comma.
        var pieces = new[]
        {
            Piece(166, 270, 626, "公告字號:南稅房字第1130858153號", 1, 61), Piece(1537, 270, 361, "中華民國113年8月1日", 1, 61),
            Piece(165, 364, 39, "一、", 1, 55), Piece(254, 364, 158, "申請資格", 1, 55), Piece(1104, 364, 38, "二、", 1, 55), Piece(1196, 364, 155, "繳納方式", 1, 55),
            Piece(242, 438, 700, "本件原核定字號南稅法字第1121080006號,", 1, 46), Piece(1111, 438, 787, "如委託他人代理申請,應檢附委託書及受託人身", 1, 46),
            Piece(211, 503, 729, "應補徵稅額新臺幣1,041,577元,已另行寄發", 1, 59), Piece(1104, 503, 272, "分證明文件影本。", 1, 59),
            Piece(164, 523, 74, "二書。", 1, 96),
            Piece(164, 673, 129, "洽詢電話", 2, 59), Piece(357, 673, 550, "(06)3857-5075 承辦人:邱佩珊", 2, 59),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text)[^1], Is.EqualTo("洽詢電話 (06)3857-5075 承辦人:邱佩珊"), text);
    }

    [Test]
    public void TheFirstRowsOfTwoColumns_ReadAsOneLineWithASpaceAtTheGutter_AreCutThere()
    {
        // A bulletin (fresh set, 18): the first lines under the headings, read as one line over a gutter a character wide; the
        // only sign of the gutter is the space Tesseract put in the text.
        var text = ReadingOrder.Arrange(Bulletin18([
            Piece(247, 686, 1545, "本件原核定字號北稅字字第1131996361號, (1)聯絡電話(04)4304-8857,承辦人陳冠", 2, 42),
        ]));

        Assert.That(Lines(text).Skip(4), Is.EqualTo(Bulletin18Read));
    }

    [Test]
    public void TheFirstRowsOfTwoColumns_TheLeftOnesCommaReachingPastItsColumn_StartTheColumns()
    {
        // The same bulletin, its row cut at the right column's item number (WideGaps): Tesseract's box of the left line's closing
        // comma reaches a line and a half past the left column's edge.
        var text = ReadingOrder.Arrange(Bulletin18([
            Piece(247, 686, 796, "本件原核定字號北稅字字第1131996361號,", 2, 42), Piece(1082, 686, 714, "(1)聯絡電話(04)4304-8857,承辦人陳冠", 2, 42),
        ]));

        Assert.That(Lines(text).Skip(4), Is.EqualTo(Bulletin18Read));
    }

    [Test]
    public void TwoColumnsTesseractPutInOneBlock_AreReadWholeLeftFirst()
    {
        // Two Chinese columns a gutter of 1.5 characters apart, laid out as one block: read row by row they interleaved
        // (a two-column letter of the tune side's at 28-36 % CER). The right column is a line shorter, its last line short.
        var pieces = new List<TextPiece> { Piece(100, 100, 1400, "說明：", 0) };
        for (var i = 0; i < 4; i++)
        {
            pieces.Add(Piece(100, 166 + (i * 66), i == 1 ? 500 : 760, $"左欄第{i + 1}行", 1));
        }

        for (var i = 0; i < 3; i++)
        {
            pieces.Add(Piece(920, 166 + (i * 66), i == 2 ? 300 : 760, $"右欄第{i + 1}行", 1));
        }

        pieces.Add(Piece(1300, 560, 380, "局長　郭惠美", 2));

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "說明：", "左欄第1行", "左欄第2行", "左欄第3行", "左欄第4行", "右欄第1行", "右欄第2行", "右欄第3行", "局長　郭惠美",
        }));
    }

    [Test]
    public void AFormsFieldsSideBySide_AreReadRowByRow_NotAsTwoColumns()
    {
        // A refund form's fields in two columns, label and value on each side of a wide white (an outside set's form, tuned
        // on: read as columns, every right-hand field came after the left-hand ones, 46 % CER). The sides fill their halves
        // as a two-column letter's lines do; what tells them apart is the label and colon each side starts with.
        string[][] fields =
        [
            ["納稅義務人：胡志明", "身分證統一編號：N210969001"],
            ["地址：彰化縣永靖鄉永福路二段214號", "稅籍編號：998264940767"],
            ["繳款書號碼：6351922051481026", "繳納日：113.11.3"],
            ["銀行：玉山商業銀行", "分行：永靖分行"],
            ["帳號：8048399639498", "戶名：胡志明"],
        ];
        var pieces = new List<TextPiece> { Piece(500, 100, 900, "申請退還溢繳稅款", 0) };
        for (var i = 0; i < fields.Length; i++)
        {
            pieces.Add(Piece(100, 166 + (i * 66), i == 3 ? 500 : 760, fields[i][0], 1));
            pieces.Add(Piece(1000, 166 + (i * 66), i == 4 ? 400 : 700, fields[i][1], 1));
        }

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[] { "申請退還溢繳稅款" }.Concat(fields.Select(f => $"{f[0]} {f[1]}"))));
    }

    [Test]
    public void TwoShortColumnsTesseractMergedIntoOneBlock_AreReadWholeLeftFirst()
    {
        // Blocks of three lines or fewer side by side a little apart are merged as one column split at a wide space; when
        // their lines fill two columns with a gutter between them, they are two columns all the same.
        var pieces = new List<TextPiece>();
        for (var i = 0; i < 3; i++)
        {
            pieces.Add(Piece(100, 166 + (i * 66), 760, $"左欄第{i + 1}行", 1));
            pieces.Add(Piece(920, 166 + (i * 66), 760, $"右欄第{i + 1}行", 2));
        }

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[] { "左欄第1行", "左欄第2行", "左欄第3行", "右欄第1行", "右欄第2行", "右欄第3行" }));
    }

    [Test]
    public void ATwoLineItemBesideALongerColumn_IsReadBeforeIt()
    {
        // Both in one block; the left item ends after two rows, the right column goes on (two-column letter 6 of the tune set).
        var pieces = new List<TextPiece>
        {
            Piece(100, 300, 850, "一、副本抄送高雄市中和區戶政事務所及地", 0),
            Piece(1050, 300, 850, "二、聯絡電話(02)6448-2001，承辦人賴承恩，", 0),
            Piece(100, 360, 700, "政事務所，請協助辦理註記事宜。", 0),
            Piece(1050, 360, 600, "如有疑問請於上班時間洽詢。", 0),
            Piece(1050, 420, 850, "三、依據臺端中華民國115年4月17日申請書", 0),
            Piece(1050, 480, 200, "辦理。", 0),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、副本抄送高雄市中和區戶政事務所及地", "政事務所，請協助辦理註記事宜。",
            "二、聯絡電話(02)6448-2001，承辦人賴承恩，", "如有疑問請於上班時間洽詢。", "三、依據臺端中華民國115年4月17日申請書", "辦理。",
        }));
    }

    [Test]
    public void TwoTwoLineItemsSideBySide_AreReadItemByItem()
    {
        // Two rows each side and nothing below them (two-column letter 14 of the tune set): no column runs on, but each side's
        // first row starts a numbered item, and the list number is a piece of its own.
        var pieces = new List<TextPiece>
        {
            Piece(168, 636, 34, "一、", 0),
            Piece(251, 636, 378, "依娛樂稅條例第3條規定,", 0),
            Piece(677, 636, 254, "納稅義務人應於", 0),
            Piece(1038, 636, 34, "二、", 0),
            Piece(1116, 636, 400, "旨揭土地所有權人王志明,", 0),
            Piece(1563, 636, 254, "身分證統一編號", 0),
            Piece(168, 696, 442, "移轉登記前申報並繳納稅款。", 0),
            Piece(1040, 696, 647, "H242578919,請於期限內繳納應納稅額。", 0),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、 依娛樂稅條例第3條規定, 納稅義務人應於", "移轉登記前申報並繳納稅款。",
            "二、 旨揭土地所有權人王志明, 身分證統一編號", "H242578919,請於期限內繳納應納稅額。",
        }));
    }

    [Test]
    public void ABulletinsHeaderDate_StaysOnItsRow_AndTheLineUnderTheColumnsComesAfterBoth()
    {
        // A two-column bulletin (tune side, OcrPageSet.TwoColumnBulletin 35, 240 dpi): the header's right-aligned date leaves
        // a white over the gutter, but starts far right of the right column's lines, so it neither starts the columns' run
        // nor joins the right column; the contact line a blank line under the longer left column is not that column's last
        // line; and the two short columns under their numbered headings are columns though few of their lines fill them.
        var pieces = new[]
        {
            Piece(655, 220, 677, "宜蘭縣政府稅捐稽徵處公告", 0, height: 54),
            Piece(204, 295, 619, "公告字號：高市稅服字第1143478809號", 1, height: 69),
            Piece(1405, 295, 372, "中華民國111年12月28日", 1, height: 69),
            Piece(203, 402, 36, "一、", 1, height: 55),
            Piece(293, 402, 146, "受理地點", 1, height: 55),
            Piece(1071, 402, 35, "二、", 1, height: 55),
            Piece(1159, 402, 155, "繳納方式", 1, height: 55),
            Piece(276, 441, 625, "副本抄送花蓮縣頭份市戶政事務所及地", 1, height: 70),
            Piece(1144, 441, 624, "本案所附之證明文件，本處得依法查核", 1, height: 70),
            Piece(202, 501, 145, "政事務所，", 1, height: 69),
            Piece(396, 501, 359, "請協助辦理註記事宜。", 1, height: 69),
            Piece(1070, 501, 171, "其真實性。", 1, height: 69),
            Piece(203, 642, 711, "洽詢電話：(02)4276-3490 承辦人：洪美玲", 2, height: 35),
            Piece(1625, 2437, 157, "114/12/07", 3, height: 34),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "宜蘭縣政府稅捐稽徵處公告",
            "公告字號：高市稅服字第1143478809號 中華民國111年12月28日",
            "一、 受理地點", "副本抄送花蓮縣頭份市戶政事務所及地", "政事務所， 請協助辦理註記事宜。",
            "二、 繳納方式", "本案所附之證明文件，本處得依法查核", "其真實性。",
            "洽詢電話：(02)4276-3490 承辦人：洪美玲",
            "114/12/07",
        }));
    }

    [Test]
    public void TwoShortNumberedColumns_AreReadWhole_ThoughOneEndsInAShortLine()
    {
        // Two-column bulletin 4 (tune side, 240 dpi): each column is a numbered heading and a two-line paragraph, and the
        // right one's second line is one word (登記。): one line of three fills it, but both start a numbered item.
        var pieces = new[]
        {
            Piece(678, 232, 630, "臺東縣政府稅捐稽徵處公告", 1, height: 51),
            Piece(213, 325, 554, "公告字號：中稅法字第1129325825號", 1, height: 33),
            Piece(1413, 325, 356, "中華民國112年11月24日", 1, height: 33),
            Piece(201, 387, 243, "一、辦理期限", -1, height: 62),
            Piece(1020, 387, 219, "二、受理地點", -1, height: 62),
            Piece(215, 455, 626, "旨揭土地所有權人鄭淑芬，身分證統一編號", 1, height: 39),
            Piece(1093, 455, 656, "申請人之通訊地址如有變更，應即向本處申請變更", 1, height: 39),
            Piece(215, 505, 584, "R209034000，請於期限內繳納應納稅額。", 1, height: 44),
            Piece(1031, 505, 58, "登記。", 1, height: 44),
            Piece(214, 621, 649, "洽詢電話：(02)6650-5425 承辦人：林家豪", 2, height: 36),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "臺東縣政府稅捐稽徵處公告",
            "公告字號：中稅法字第1129325825號 中華民國112年11月24日",
            "一、辦理期限", "旨揭土地所有權人鄭淑芬，身分證統一編號", "R209034000，請於期限內繳納應納稅額。",
            "二、受理地點", "申請人之通訊地址如有變更，應即向本處申請變更", "登記。",
            "洽詢電話：(02)6650-5425 承辦人：林家豪",
        }));
    }

    [Test]
    public void AHeadersDateTesseractPutInTheRightColumnsBlock_StaysOnTheHeadersRow()
    {
        // Two-column bulletin 18 (tune side, 200 dpi): Tesseract's block of the right column began with the header's date,
        // which starts far right of that column's lines and lies above the left column's top, beside the header's number.
        var pieces = new[]
        {
            Piece(703, 270, 664, "高雄市政府稅捐稽徵處公告", 0, height: 54),
            Piece(249, 366, 574, "公告字號：中稅服字第1158824751號", 1, height: 35),
            Piece(1464, 367, 352, "中華民國113年1月11日", 4, height: 34),
            Piece(249, 447, 36, "一、", 2, height: 35),
            Piece(336, 447, 140, "辦理期限", 2, height: 35),
            Piece(1086, 448, 38, "二、", 4, height: 40),
            Piece(1175, 448, 158, "申請資格", 4, height: 40),
            Piece(249, 507, 729, "如不服本處核定，得於收到本函之次日起三十日", 2, height: 35),
            Piece(1164, 516, 654, "(1)逾期繳納者，每逾二日按滯納數額加", 4, height: 39),
            Piece(251, 565, 29, "內，", 2, height: 34),
            Piece(333, 565, 345, "檢附證明文件申請復查。", 2, height: 34),
            Piece(1086, 579, 331, "徵百分之一滯納金。", 4, height: 36),
            Piece(1088, 642, 730, "(2)繳款書所載之稅額如有疑義，請於繳納期", 5, height: 40),
            Piece(1087, 704, 291, "間內向本處查詢。", 5, height: 37),
            Piece(249, 817, 679, "洽詢電話：(02)4686-3729 承辦人：廖家豪", 3, height: 38),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "高雄市政府稅捐稽徵處公告",
            "公告字號：中稅服字第1158824751號 中華民國113年1月11日",
            "一、 辦理期限", "如不服本處核定，得於收到本函之次日起三十日", "內， 檢附證明文件申請復查。",
            "二、 申請資格", "(1)逾期繳納者，每逾二日按滯納數額加", "徵百分之一滯納金。", "(2)繳款書所載之稅額如有疑義，請於繳納期", "間內向本處查詢。",
            "洽詢電話：(02)4686-3729 承辦人：廖家豪",
        }));
    }

    [Test]
    public void AFaxsContactLine_ABlankLineUnderTheLongerColumn_ComesAfterBothColumns()
    {
        // Two-column bulletin 14 (tune side, a fax): the right column's one line came back in a box twice a line's height,
        // which widened one row's spacing; the contact line's spacing, a blank line more than the left column's, is measured
        // against the median spacing of the rows before it, not the widest.
        var pieces = new[]
        {
            Piece(187, 849, 238, "三、洽詢方式", 3, height: 48),
            Piece(1066, 849, 218, "四、辦理期限", 3, height: 48),
            Piece(1065, 899, 691, "本申請書應由納稅義務人親自填寫並簽名或蓋章。", 3, height: 85),
            Piece(188, 918, 776, "(1)逾期繳納者，每逾二日按滯納數額加徵百分之", 3, height: 43),
            Piece(187, 981, 170, "一滯納金。", 3, height: 36),
            Piece(263, 1038, 680, "(2)房屋如有出租或供營業使用者，不得申請", 3, height: 43),
            Piece(188, 1102, 317, "按自住用稅率課徵。", 3, height: 38),
            Piece(190, 1193, 719, "洽詢電話：(02)8898-6077 承辦人：吳麗華", 4, height: 62),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "三、洽詢方式", "(1)逾期繳納者，每逾二日按滯納數額加徵百分之", "一滯納金。", "(2)房屋如有出租或供營業使用者，不得申請", "按自住用稅率課徵。",
            "四、辦理期限", "本申請書應由納稅義務人親自填寫並簽名或蓋章。",
            "洽詢電話：(02)8898-6077 承辦人：吳麗華",
        }));
    }

    [Test]
    public void TheWhiteAfterACommaInAColumnsLine_IsNotTakenForTheGutter()
    {
        // Two-column bulletin 13 (tune side, 240 dpi): the left column's first line was cut at the white after its comma
        // (`規定，` and `納稅義務人`), which lies over the white between the headings; the gutter is the widest white of the
        // row there, not the first.
        var pieces = new[]
        {
            Piece(217, 415, 35, "一、", 1, height: 38),
            Piece(307, 415, 146, "應備文件", 1, height: 38),
            Piece(1071, 415, 35, "二、", 1, height: 38),
            Piece(1156, 415, 150, "注意事項", 1, height: 38),
            Piece(218, 480, 456, "依使用牌照稅條例第7條規定，", 1, height: 35),
            Piece(727, 480, 170, "納稅義務人", 1, height: 35),
            Piece(1148, 480, 399, "旨揭土地所有權人陳承恩，", 1, height: 35),
            Piece(1588, 480, 180, "身分證統一", 1, height: 35),
            Piece(216, 541, 514, "應於移轉登記前申報並繳納稅款。", 1, height: 36),
            Piece(1069, 541, 696, "編號O184720073，請於期限內繳納應納稅額。", 1, height: 36),
            Piece(216, 656, 712, "洽詢電話：(05)5335-8709 承辦人：蔡佩珊", 2, height: 35),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、 應備文件", "依使用牌照稅條例第7條規定， 納稅義務人", "應於移轉登記前申報並繳納稅款。",
            "二、 注意事項", "旨揭土地所有權人陳承恩， 身分證統一", "編號O184720073，請於期限內繳納應納稅額。",
            "洽詢電話：(05)5335-8709 承辦人：蔡佩珊",
        }));
    }

    [Test]
    public void AHeadingThatLostItsListNumber_StillStartsAColumn()
    {
        // Two-column bulletin 1 (tune side, JPEG): the left heading came back as `、洽詢方式` (its 一 lost); a line starting with
        // the enumeration comma starts a numbered item all the same, so the two short columns are columns.
        var pieces = new[]
        {
            Piece(294, 441, 182, "、洽詢方式", 2, height: 38),
            Piece(1084, 443, 39, "二、", 4, height: 42),
            Piece(1179, 443, 162, "受理地點", 4, height: 42),
            Piece(240, 506, 709, "聯絡電話(08)9481-6290，承辦人吳雅婷，如", 2, height: 35),
            Piece(1167, 514, 631, "申請人之通訊地址如有變更，應即向", 6, height: 41),
            Piece(240, 564, 420, "有疑問請於上班時間洽詢。", 2, height: 63),
            Piece(1124, 578, 303, "本處申請變更登記。", 7, height: 39),
            Piece(241, 697, 710, "洽詢電話：(08)8835-5828 承辦人：謝宗翰", 3, height: 36),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "、洽詢方式", "聯絡電話(08)9481-6290，承辦人吳雅婷，如", "有疑問請於上班時間洽詢。",
            "二、 受理地點", "申請人之通訊地址如有變更，應即向", "本處申請變更登記。",
            "洽詢電話：(08)8835-5828 承辦人：謝宗翰",
        }));
    }

    [Test]
    public void ASubjectsLinesTesseractPutInTheLeftColumnsBlock_AreReadBeforeTheColumns()
    {
        // Two-column bulletin 6 (tune side, JPEG): the block of the left column began with the first half of 主旨's line and
        // its wrapped line; the other half, in a block of its own, runs over the gutter. Those lines are the subject's.
        var pieces = new[]
        {
            Piece(187, 310, 653, "公告字號：中稅法字第1120574814號", 2, height: 38),
            Piece(1373, 310, 424, "中華民國114年10月11日", 4, height: 38),
            Piece(183, 396, 73, "主旨", 2, height: 36),
            Piece(278, 396, 593, "：為辦理113年度娛樂稅開徵作業，", 3, height: 39),
            Piece(889, 396, 906, "請於中華民國115年3月3日前檢具相關證明文件向本", 5, height: 38),
            Piece(304, 462, 116, "處申報，", 3, height: 39),
            Piece(478, 462, 223, "逾期不予受理。", 3, height: 39),
            Piece(183, 549, 40, "一、", 3, height: 41),
            Piece(277, 549, 161, "注意事項", 3, height: 41),
            Piece(1042, 549, 39, "二、", 6, height: 41),
            Piece(1134, 549, 162, "洽詢方式", 6, height: 41),
            Piece(265, 620, 525, "(1)本件原核定字號府稅法字第", 3, height: 42),
            Piece(1043, 620, 736, "(1)依據臺端中華民國114年1月27日申請書", 6, height: 42),
            Piece(185, 686, 758, "1134588917號，應補徵稅額新臺幣236,454", 3, height: 40),
            Piece(1041, 686, 104, "辦理。", 6, height: 38),
            Piece(184, 752, 424, "元，已另行寄發繳款書。", 3, height: 39),
            Piece(1124, 752, 666, "(2)聯絡電話(02)9509-1624，承辦人林", 6, height: 42),
            Piece(185, 818, 724, "(2)退稅款以匯入納稅義務人本人之帳戶為", 3, height: 42),
            Piece(1042, 818, 624, "俊傑，如有疑問請於上班時間洽詢。", 6, height: 38),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "公告字號：中稅法字第1120574814號 中華民國114年10月11日",
            "主旨 ：為辦理113年度娛樂稅開徵作業， 請於中華民國115年3月3日前檢具相關證明文件向本",
            "處申報， 逾期不予受理。",
            "一、 注意事項", "(1)本件原核定字號府稅法字第", "1134588917號，應補徵稅額新臺幣236,454", "元，已另行寄發繳款書。", "(2)退稅款以匯入納稅義務人本人之帳戶為",
            "二、 洽詢方式", "(1)依據臺端中華民國114年1月27日申請書", "辦理。", "(2)聯絡電話(02)9509-1624，承辦人林", "俊傑，如有疑問請於上班時間洽詢。",
        }));
    }

    [Test]
    public void AListNumberAfterASpeck_StillStartsAColumn()
    {
        // Two-column bulletin 37 of seed 2900 (tune side, 200 dpi JPEG): the right heading came back as `. 二、`; a speck
        // read before the list number does not keep it from starting a numbered item, and the columns from being columns.
        var pieces = new[]
        {
            Piece(200, 542, 35, "一、", 1, height: 39),
            Piece(286, 542, 148, "繳納方式", 1, height: 39),
            Piece(1033, 542, 85, ". 二、", 1, height: 39),
            Piece(1167, 542, 151, "應備文件", 1, height: 39),
            Piece(204, 590, 766, "(1)房屋如有出租或供營業使用者，不得申請按自", 1, height: 69),
            Piece(1087, 590, 770, "(1)退稅款以匯入納稅義務人本人之帳戶為限，恕", 1, height: 69),
            Piece(201, 649, 229, "住用稅率課徵。", 1, height: 64),
            Piece(1082, 649, 288, "不受理他人帳戶。", 1, height: 64),
            Piece(277, 710, 155, "(2)依房屋稅條", 1, height: 63),
            Piece(517, 710, 388, "例第12條規定，納稅義務人應", 1, height: 63),
            Piece(1160, 710, 701, "(2)聯絡電話(04)7686-3578，承辦人鄭淑芬，", 1, height: 63),
            Piece(198, 772, 470, "於移轉登記前申報並繳納稅款。", 1, height: 61),
            Piece(1082, 774, 456, "如有疑問請於上班時間洽詢。", 2, height: 47),
            Piece(199, 902, 710, "洽詢電話：(07)5689-2396 承辦人：曾文雄", 2, height: 34),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、 繳納方式", "(1)房屋如有出租或供營業使用者，不得申請按自", "住用稅率課徵。", "(2)依房屋稅條 例第12條規定，納稅義務人應", "於移轉登記前申報並繳納稅款。",
            ". 二、 應備文件", "(1)退稅款以匯入納稅義務人本人之帳戶為限，恕", "不受理他人帳戶。", "(2)聯絡電話(04)7686-3578，承辦人鄭淑芬，", "如有疑問請於上班時間洽詢。",
            "洽詢電話：(07)5689-2396 承辦人：曾文雄",
        }));
    }

    [Test]
    public void ALettersHeaderAndItsSubject_StayRows()
    {
        // Two rows with a gap at the same place, but the line under them is the subject's wrapped line, indented past its label.
        var pieces = new List<TextPiece>
        {
            Piece(100, 100, 700, "發文日期：中華民國110年11月8日", 0),
            Piece(1050, 100, 700, "發文字號：中稅服字第1153649394號", 0),
            Piece(100, 160, 850, "主旨：為辦理111年度土地增值稅開徵作業，", 0),
            Piece(1050, 160, 850, "請於中華民國112年6月11日前檢具相關證明文", 0),
            Piece(220, 220, 700, "件向本處申報，逾期不予受理。", 0),
            Piece(100, 280, 120, "說明：", 0),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "發文日期：中華民國110年11月8日 發文字號：中稅服字第1153649394號",
            "主旨：為辦理111年度土地增值稅開徵作業， 請於中華民國112年6月11日前檢具相關證明文",
            "件向本處申報，逾期不予受理。",
            "說明：",
        }));
    }

    [Test]
    public void AColumnTesseractCutIntoTwoBlocks_IsReadWholeBeforeTheColumnBesideIt()
    {
        var pieces = new List<TextPiece>();
        for (var i = 0; i < 3; i++)
        {
            pieces.Add(Piece(100, 300 + (i * 60), 850, $"左欄第{i + 1}行", 1));
            pieces.Add(Piece(1050, 300 + (i * 60), 850, $"右欄第{i + 1}行", 3));
        }

        // After a paragraph's space, the left column goes on in a block of its own.
        pieces.Add(Piece(100, 500, 850, "左欄第4行", 2));
        pieces.Add(Piece(100, 560, 400, "左欄第5行", 2));

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "左欄第1行", "左欄第2行", "左欄第3行", "左欄第4行", "左欄第5行", "右欄第1行", "右欄第2行", "右欄第3行",
        }));
    }

    [Test]
    public void TheFirstRowOfTwoColumns_ReadAsOneLineAcrossTheGutter_StartsEachColumn()
    {
        // Tesseract read the first row as one line (cut at the gutter since) in a block of neither column.
        var pieces = new List<TextPiece>
        {
            Piece(100, 240, 850, "左欄第1行", 0),
            Piece(1050, 240, 850, "右欄第1行", 0),
        };
        for (var i = 0; i < 3; i++)
        {
            pieces.Add(Piece(100, 300 + (i * 60), 850, $"左欄第{i + 2}行", 1));
            pieces.Add(Piece(1050, 300 + (i * 60), 850, $"右欄第{i + 2}行", 2));
        }

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "左欄第1行", "左欄第2行", "左欄第3行", "左欄第4行", "右欄第1行", "右欄第2行", "右欄第3行", "右欄第4行",
        }));
    }

    [Test]
    public void TheLongerColumnsLinesBelowTheOther_InBlocksOfOneLine_GoOnWithIt()
    {
        // Tuned on two-column letter 3: the left column's end, below the right column, came back as blocks of one line each.
        var pieces = new List<TextPiece>
        {
            Piece(100, 300, 850, "一、本案房屋稅籍編號908394721496，經派", 1),
            Piece(1050, 300, 850, "四、旨揭土地所有權人楊承恩，身分證統一", 9),
            Piece(130, 360, 820, "員實地勘查，確供自住使用，自111年期", 2),
            Piece(1080, 360, 820, "編號S198705991，請於期限內繳納應納", 9),
            Piece(130, 420, 400, "起按住家用稅率課徵。", 2),
            Piece(1080, 420, 120, "稅額。", 9),
            Piece(100, 480, 850, "二、依據臺端中華民國113年1月28日申請書", 3),
            Piece(130, 540, 120, "辦理。", 4),
            Piece(1400, 700, 400, "局長　謝俊傑", 5),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[]
        {
            "一、本案房屋稅籍編號908394721496，經派", "員實地勘查，確供自住使用，自111年期", "起按住家用稅率課徵。",
            "二、依據臺端中華民國113年1月28日申請書", "辦理。",
            "四、旨揭土地所有權人楊承恩，身分證統一", "編號S198705991，請於期限內繳納應納", "稅額。", "局長　謝俊傑",
        }));
    }

    [Test]
    public void RowsOfLabelsAndValues_StayRows()
    {
        // A label and its value either side of a wide space on several rows are no columns: short, and ragged on the right.
        var pieces = new List<TextPiece>
        {
            Piece(100, 100, 300, "姓名：王大明", 0),
            Piece(1000, 100, 500, "電話：(02)2345-6789", 0),
            Piece(100, 166, 340, "出生：71/02/03", 0),
            Piece(1000, 166, 760, "地址：臺北市中山區民生東路3段5號", 0),
            Piece(100, 232, 300, "職業：教師", 0),
            Piece(1000, 232, 420, "統一編號：12345675", 0),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "姓名：王大明 電話：(02)2345-6789", "出生：71/02/03 地址：臺北市中山區民生東路3段5號", "職業：教師 統一編號：12345675",
        }));
    }

    [Test]
    public void AColumnOfLabelsEndingInColons_AndTheirValuesInABlockBesideThem_AreReadRowByRow()
    {
        // A land-value declaration (an outside set's page): Tesseract gave the labels one block and the values another, and
        // read as two columns every label came out before every value (CER 50 %).
        string[] labels = ["土地坐落：", "面積：", "權利範圍：", "公告土地現值：", "移轉原因："];
        string[] values = ["嘉義市西區劉厝段一小段0179-0000地號", "554.02平方公尺", "全部", "每平方公尺18,000元", "買賣"];
        var pieces = new List<TextPiece> { Piece(700, 100, 600, "土地增值稅申報書", 0) };
        for (var i = 0; i < labels.Length; i++)
        {
            pieces.Add(Piece(150, 250 + (i * 70), 60 * labels[i].Length, labels[i], 1));
            pieces.Add(Piece(700, 252 + (i * 70), 40 * values[i].Length, values[i], 2));
        }

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(
            new[] { "土地增值稅申報書" }.Concat(labels.Select((label, i) => $"{label} {values[i]}"))));
    }

    [Test]
    public void ARightAlignedDate_FollowsTheLabelOnItsRow_AndALoneDateAtTheBottomComesLast()
    {
        var pieces = new[]
        {
            Piece(1500, 3000, 300, "113/11/21", 5),
            Piece(1500, 200, 300, "113/10/01", 2),
            Piece(100, 205, 500, "收件日期：", 1),
            Piece(100, 400, 1700, "本人所有上開房屋確供自住使用。", 3),
        };

        var text = ReadingOrder.Arrange(pieces);

        Assert.That(Lines(text), Is.EqualTo(new[] { "收件日期： 113/10/01", "本人所有上開房屋確供自住使用。", "113/11/21" }));
    }

    [Test]
    public void TableRows_GoBetweenTheLinesAboveAndBelowThem()
    {
        var cells = new (PixelRect, string)[]
        {
            (new PixelRect(900, 300, 800, 80), "王小明"),
            (new PixelRect(100, 300, 800, 80), "納稅義務人"),
            (new PixelRect(100, 380, 800, 80), "房屋稅籍編號"),
            (new PixelRect(900, 380, 800, 80), "355027950210"),
        };
        var pieces = new List<TextPiece> { Piece(100, 600, 1500, "注意事項", 0), Piece(700, 100, 600, "房屋稅減免申請書", 0) };
        pieces.AddRange(ReadingOrder.TableRows(cells));

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[] { "房屋稅減免申請書", "納稅義務人 王小明", "房屋稅籍編號 355027950210", "注意事項" }));
    }

    [Test]
    public void ACellSpanningSeveralRows_JoinsTheFirst_AndTheRowsBesideItStayRows()
    {
        // The customs bill's lower right (2_customs_tax_payment.jpg): a tall box on the left, three rows of a label and an
        // amount beside it. The tall box taken as one row's band read 快遞業者 營業稅 稅費合計 營業稅稅基 176 512 3,536.
        var cells = new (PixelRect, string)[]
        {
            (new PixelRect(100, 300, 600, 300), "快遞業者"),
            (new PixelRect(700, 300, 500, 100), "營業稅"),
            (new PixelRect(1200, 300, 400, 100), "176"),
            (new PixelRect(700, 400, 500, 100), "稅費合計"),
            (new PixelRect(1200, 400, 400, 100), "512"),
            (new PixelRect(700, 500, 500, 100), "營業稅稅基"),
            (new PixelRect(1200, 500, 400, 100), "3,536"),
        };

        var rows = ReadingOrder.TableRows(cells).Select(p => p.Text);

        Assert.That(rows, Is.EqualTo(new[] { "快遞業者 營業稅 176", "稅費合計 512", "營業稅稅基 3,536" }));
    }

    [Test]
    public void ASliverOfACellBesideATallerOne_JoinsItsRow_WithoutGivingTheRowItsThinBand()
    {
        // Outside set B 121: a received stamp's frame cut a strip (read as 人) out of the row's last cell, and the row's value
        // was read with the text around the table. With the strip's band the row was too thin to take its value in.
        var cells = new (PixelRect, string)[]
        {
            (new PixelRect(208, 675, 331, 135), "負責人"),
            (new PixelRect(550, 675, 1175, 135), "翁佩承"),
            (new PixelRect(208, 821, 331, 135), "活動名稱"),
            (new PixelRect(1739, 821, 490, 45), "人"),
            (new PixelRect(208, 967, 331, 135), "演出日期"),
            (new PixelRect(549, 967, 1680, 135), "112年04月25日"),
        };
        var pieces = new List<TextPiece> { Piece(560, 860, 900, "112年關懷慈善演唱會", 0, 60) };
        pieces.AddRange(ReadingOrder.TableRows(cells));

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[] { "負責人 翁佩承", "活動名稱 人 112年關懷慈善演唱會", "演出日期 112年04月25日" }));
    }

    [Test]
    public void TwoColumnsWhoseLinesAreCutAtCommas_AndOneBoxReachingIntoTheGutter_AreReadWholeLeftFirst()
    {
        // A two-column letter at 4.8° skew (tune faces, ocr-columns 29): the lines are cut at the white after a comma
        // (WideGaps), so no one piece is a column wide, a speck put the start of one right line's box in the gutter, and
        // another, read as `1`, stands alone on the left of the last row (it stays with the left column).
        var pieces = new List<TextPiece>
        {
            Piece(671, 268, 784, "臺東縣政府地方稅務局　函", 0, 78), Piece(250, 369, 566, "受文者：邱文雄", 0, 76),
            Piece(249, 440, 589, "發文日期：中華民國110年7月25日", 0, 61), Piece(1036, 440, 641, "發文字號：府稅房字第1124922003號", 0, 61),
            Piece(250, 516, 705, "主旨：臺端申請土地增值稅退稅一案，", 0, 84), Piece(1007, 516, 769, "經核符合規定，退稅款將於本函送達後十", 0, 84),
            Piece(386, 597, 796, "日內匯入指定帳戶，請查照。", 0, 60),
            Piece(249, 679, 438, "說明：", 1),
            Piece(250, 748, 35, "一、", 1, 54), Piece(337, 748, 628, "如不服本處核定，得於收到本函之次", 1, 54),
            Piece(1097, 748, 36, "三、", 1, 54), Piece(1186, 748, 466, "本件原核定字號府稅房字第", 1, 54),
            Piece(255, 809, 671, "日起三十日內，檢附證明文件申請復查。", 1, 58), Piece(1099, 809, 598, "1150727652號，應補徵稅額新臺幣", 1, 58),
            Piece(250, 870, 35, "二、", 1, 49), Piece(336, 870, 509, "本件原核定字號高市稅法字第", 1, 49),
            Piece(1024, 870, 677, "1,066,540元，已另行寄發繳款書。", 1, 49),
            Piece(251, 935, 235, "1138600666號，", 1, 57), Piece(542, 935, 303, "應補徵稅額新臺幣", 1, 57),
            Piece(1098, 935, 33, "四、", 1, 57), Piece(1181, 935, 680, "本案房屋稅籍編號109700162138，經", 1, 57),
            Piece(251, 990, 214, "1,558,186元，", 2, 79), Piece(523, 990, 302, "已另行寄發繳款書。", 2, 79), Piece(1097, 990, 695, "派員實地勘查，確供自住使用，自112年", 2, 79),
            Piece(542, 1077, 59, "1", 2, 52), Piece(1097, 1077, 406, "期起按住家用稅率課徵。", 2, 52),
            Piece(1500, 1204, 319, "局長　張俊傑", 3, 74),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "臺東縣政府地方稅務局　函", "受文者：邱文雄", "發文日期：中華民國110年7月25日 發文字號：府稅房字第1124922003號",
            "主旨：臺端申請土地增值稅退稅一案， 經核符合規定，退稅款將於本函送達後十", "日內匯入指定帳戶，請查照。",
            "說明：", "一、 如不服本處核定，得於收到本函之次", "日起三十日內，檢附證明文件申請復查。", "二、 本件原核定字號高市稅法字第",
            "1138600666號， 應補徵稅額新臺幣", "1,558,186元， 已另行寄發繳款書。", "1", "三、 本件原核定字號府稅房字第", "1150727652號，應補徵稅額新臺幣",
            "1,066,540元，已另行寄發繳款書。", "四、 本案房屋稅籍編號109700162138，經", "派員實地勘查，確供自住使用，自112年", "期起按住家用稅率課徵。", "局長　張俊傑",
        }));
    }

    [Test]
    public void LabelsAndValuesBesideEachOther_AboveATable_AreNotTakenForColumns()
    {
        // A payment notice's header (tune page 29): two rows of label and value each side of a wide white, and a row below on
        // the left only. A label and its value are not one line cut at a comma, so neither side is a column of long lines.
        var pieces = new List<TextPiece>
        {
            Piece(769, 161, 528, "苗栗縣政府地方稅務局", 0, 74), Piece(841, 275, 384, "娛樂稅繳款書", 0, 75),
            Piece(166, 376, 590, "繳款期限：中華民國114年10月4日", 1, 57), Piece(1255, 376, 92, "。。", 1, 57), Piece(1424, 376, 476, "銷帳編號：78960149760383", 1, 57),
            Piece(166, 460, 196, "納稅義務人：", 1, 39), Piece(417, 460, 106, "周文雄", 1, 39), Piece(1122, 460, 357, "統一編號：81435138", 1, 39),
            Piece(167, 516, 777, "課稅地址：嘉義縣羅東鎮自強街1段77號11樓", 2, 48),
            Piece(168, 683, 1731, "娛樂稅 328202027742 1,721,920", -1, 80),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "苗栗縣政府地方稅務局", "娛樂稅繳款書", "繳款期限：中華民國114年10月4日 。。 銷帳編號：78960149760383", "納稅義務人： 周文雄 統一編號：81435138",
            "課稅地址：嘉義縣羅東鎮自強街1段77號11樓", "娛樂稅 328202027742 1,721,920",
        }));
    }

    [Test]
    public void ALettersHeaderRows_SideBySideOverTheWhiteAfterAComma_AreNotTakenForColumns()
    {
        // Tesseract cut 主旨's first line at the white after its comma, under 發文日期 and 發文字號 (a two-column letter in the
        // tune faces, 200 dpi): two rows with a narrow white lined up, the wrapped line under them. The columns below are.
        var pieces = new List<TextPiece>
        {
            Piece(637, 173, 768, "臺中市政府地方稅務局 函", 0, 78),
            Piece(153, 286, 311, "受文者: 鄭佩珊", 0, 54),
            Piece(157, 356, 586, "發文日期: 中華民國110年6月9日", 0, 58),
            Piece(1036, 356, 162, "發文字號:", 0, 58),
            Piece(1256, 356, 447, "北稅字字第1126896338號", 0, 58),
            Piece(153, 429, 737, "主旨: 為辦理111年度娛樂稅開徵作業,", 0, 88),
            Piece(957, 429, 947, "請於中華民國113年10月24日前檢具相關證明文件", 0, 88),
            Piece(292, 522, 562, "向本處申報, 逾期不予受理。", 0, 49),
            Piece(152, 598, 98, "說明:", 1, 42),
            Piece(154, 653, 36, "一、", 1, 78),
            Piece(244, 653, 689, "副本抄送屏東縣斗六市戶政事務所及地", 1, 78),
            Piece(1101, 653, 37, "二、", 1, 78),
            Piece(1189, 653, 700, "本案房屋稅籍編號353964571226, 經派", 1, 78),
            Piece(153, 731, 162, "政事務所,", 1, 54),
            Piece(371, 731, 356, "請協助辦理註記事宜。", 1, 54),
            Piece(1102, 731, 801, "員實地勘查, 確供自住使用; 自111年期起按", 1, 54),
            Piece(1102, 807, 311, "住家用稅率課徵。", 2, 39),
            Piece(1101, 875, 36, "三、", 2, 54),
            Piece(1186, 875, 701, "本件原核定字號府稅服字第1147734152", 2, 54),
            Piece(1100, 944, 39, "號,", 2, 41),
            Piece(1195, 944, 544, "應補徵稅額新臺幣1,253,797元,", 2, 41),
            Piece(1800, 944, 104, "已另行", 2, 41),
            Piece(1101, 1008, 214, "寄發繳款書。", 2, 57),
            Piece(1588, 1133, 106, "局長", 3, 87),
            Piece(1770, 1133, 145, "邵俊傑", 3, 87),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "臺中市政府地方稅務局 函", "受文者: 鄭佩珊", "發文日期: 中華民國110年6月9日 發文字號: 北稅字字第1126896338號", "主旨: 為辦理111年度娛樂稅開徵作業, 請於中華民國113年10月24日前檢具相關證明文件",
            "向本處申報, 逾期不予受理。", "說明:", "一、 副本抄送屏東縣斗六市戶政事務所及地", "政事務所, 請協助辦理註記事宜。", "二、 本案房屋稅籍編號353964571226, 經派", "員實地勘查, 確供自住使用; 自111年期起按",
            "住家用稅率課徵。", "三、 本件原核定字號府稅服字第1147734152", "號, 應補徵稅額新臺幣1,253,797元, 已另行", "寄發繳款書。", "局長 邵俊傑",
        }));
    }

    [Test]
    public void AWrappedLineCutAtItsComma_AboveTwoColumns_DoesNotSetTheirGutter()
    {
        // 主旨's wrapped line cut after 復如說明，: its white lies over the columns' gutter, but the columns start below it.
        var pieces = new List<TextPiece>
        {
            Piece(624, 183, 611, "臺北市政府地方稅務局", 0, 71),
            Piece(1307, 183, 54, "函", 0, 71),
            Piece(164, 299, 310, "受文者: 鄭秀英", 0, 42),
            Piece(164, 368, 597, "發文日期: 中華民國113年2月5日", 0, 53),
            Piece(994, 368, 671, "發文字號: 南稅字字第1141912284號", 0, 53),
            Piece(163, 454, 83, "主旨:", 1, 44),
            Piece(305, 454, 1496, "有關臺端所有坐落嘉義縣竹北市忠孝西路5段110號7樓之房屋, 申請按自住用", 1, 44),
            Piece(298, 529, 624, "稅率課徵地價稅一案, 復如說明,", 1, 57),
            Piece(988, 529, 135, "請查照。", 1, 57),
            Piece(164, 604, 97, "說明:", 2, 42),
            Piece(164, 672, 37, "一、", 2, 68),
            Piece(253, 672, 662, "旨揭土地所有權人曾建宏, 身分證統", 2, 68),
            Piece(1063, 672, 37, "二、", 2, 68),
            Piece(1152, 672, 663, "如不服本處核定, 得於收到本函之次", 2, 68),
            Piece(164, 742, 751, "一編號A287014241, 請於期限內繳納應納", 2, 52),
            Piece(1070, 742, 715, "日起三十日內, 檢附證明文件申請復查。", 2, 52),
            Piece(163, 809, 96, "稅額。", 2, 53),
            Piece(1065, 809, 35, "三、", 2, 53),
            Piece(1158, 809, 656, "營利事業統一編號64404591之華新實", 2, 53),
            Piece(1065, 883, 285, "業股份有限公司,", 3, 51),
            Piece(1411, 883, 398, "應於中華民國114年3月", 3, 51),
            Piece(1063, 946, 586, "8日前補正資料, 逾期依法處理。", 3, 46),
            Piece(1496, 1076, 106, "局長", 4, 56),
            Piece(1672, 1076, 149, "許麗華", 4, 56),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "臺北市政府地方稅務局 函", "受文者: 鄭秀英", "發文日期: 中華民國113年2月5日 發文字號: 南稅字字第1141912284號", "主旨: 有關臺端所有坐落嘉義縣竹北市忠孝西路5段110號7樓之房屋, 申請按自住用",
            "稅率課徵地價稅一案, 復如說明, 請查照。", "說明:", "一、 旨揭土地所有權人曾建宏, 身分證統", "一編號A287014241, 請於期限內繳納應納", "稅額。", "二、 如不服本處核定, 得於收到本函之次",
            "日起三十日內, 檢附證明文件申請復查。", "三、 營利事業統一編號64404591之華新實", "業股份有限公司, 應於中華民國114年3月", "8日前補正資料, 逾期依法處理。", "局長 許麗華",
        }));
    }

    [Test]
    public void AColumnsLinesEndingShortForTheirDigits_StillFillTheColumn()
    {
        // The left column's second line (應於中華民國111年11月8日前補) ends two characters short of the edge for its half-width
        // digits, and its third ends a paragraph: a two-column letter faxed at 204x98 dpi.
        var pieces = new List<TextPiece>
        {
            Piece(742, 186, 604, "臺中市政府地方稅務局", 0, 61),
            Piece(1417, 186, 51, "函", 0, 61),
            Piece(171, 274, 348, "受文者:王惠美         |", 0, 79),
            Piece(169, 369, 594, "發文日期;中華民國112年5月21日", 0, 43),
            Piece(1107, 369, 652, "發文字號 :府稅字字第1157796490號", 0, 43),
            Piece(169, 447, 1859, "主上旨:有關臺端所有坐落基隆市板橋區中山路3段289號14樓之房屋,申請按自住用稅率課徵契稅一", 0, 49),
            Piece(296, 518, 456, "察,復如說明,請查照。", 0, 43),
            Piece(169, 591, 107, "說明 :", 1, 49),
            Piece(168, 653, 35, "一、", 1, 60),
            Piece(261, 653, 838, "營利事業統一編號65906280之新光電子股份", 1, 60),
            Piece(1177, 653, 33, "四、", 1, 60),
            Piece(1264, 653, 737, "本件原核定字號府稅字字第1148610091號, .", 1, 60),
            Piece(246, 721, 149, "有限公司,", 1, 58),
            Piece(451, 721, 549, "應於中華民國111年11月8日前補", 1, 58),
            Piece(1248, 721, 775, "應補徵稅額新臺幣1,887,233元,已另行寄發", 1, 58),
            Piece(245, 773, 387, "正資料,逾期依法處理。", 1, 75),
            Piece(1253, 773, 114, "繳款書。", 1, 75),
            Piece(219, 849, 786, "、依據臺端中華民國115年3月3日申請書辦理。", 2, 41),
            Piece(219, 914, 786, "、營利事業統一編號84694134之新光電子股份", 2, 40),
            Piece(245, 977, 149, "有限公司,", 2, 40),
            Piece(450, 977, 549, "應於中華民國113年3月14日前補", 2, 40),
            Piece(244, 1042, 425, "正資料 ,逾期依法處理。", 2, 38),
            Piece(167, 854, 35, "=.", 3, 93),
            Piece(1720, 1178, 103, "局長", 4, 62),
            Piece(1899, 1178, 137, "鄭志明", 4, 62),
        };

        Assert.That(Lines(ReadingOrder.Arrange(pieces)), Is.EqualTo(new[]
        {
            "臺中市政府地方稅務局 函", "受文者:王惠美         |", "發文日期;中華民國112年5月21日 發文字號 :府稅字字第1157796490號",
            "主上旨:有關臺端所有坐落基隆市板橋區中山路3段289號14樓之房屋,申請按自住用稅率課徵契稅一", "察,復如說明,請查照。", "說明 :", "一、 營利事業統一編號65906280之新光電子股份",
            "有限公司, 應於中華民國111年11月8日前補", "正資料,逾期依法處理。", "、依據臺端中華民國115年3月3日申請書辦理。", "=.", "、營利事業統一編號84694134之新光電子股份",
            "有限公司, 應於中華民國113年3月14日前補", "正資料 ,逾期依法處理。", "四、 本件原核定字號府稅字字第1148610091號, .", "應補徵稅額新臺幣1,887,233元,已另行寄發", "繳款書。", "局長 鄭志明",
        }));
    }

    [Test]
    public void ALeftColumnsLastItem_BelowTheRightColumnsEnd_StaysInItsColumn_WithItsListNumberReadApart()
    {
        // A two-column letter (tune face, 150 dpi): the layout left the list numbers 一 and 二 unread and read the third item's
        // 三 apart from its line ([ul), a line height left of the column's edge; the item ran on below the right column's end
        // and came after the right column (30.3 % CER).
        var pieces = new List<TextPiece>
        {
            Piece(676, 242, 595, "南投縣政府地方稅務局", 0, 57),
            Piece(222, 355, 299, "受文者: 賴冠廷", 1, 42),
            Piece(222, 425, 590, "發文日期: 中華民國111年7月11日", 1, 39),
            Piece(222, 507, 1023, "主旨: 臺端申請娛樂稅分期繳納一索, 淮予分4期繳納,", 2, 66),
            Piece(1300, 507, 543, "請依所附繳款暈之期限按期繳", 2, 66),
            Piece(352, 579, 39, "納,", 3, 41),
            Piece(450, 579, 147, "請查照。", 3, 41),
            Piece(222, 651, 95, "說明:", 4, 40),
            Piece(223, 1053, 35, "[ul", 5, 32),
            Piece(309, 720, 369, "、依契稅條例第7條規定,", 6),
            Piece(733, 720, 225, "納稅義務人應", 6),
            Piece(302, 787, 543, "於移轉登記前申報並繳納稅款。", 7, 39),
            Piece(275, 852, 664, "、營利事業統一編號86299528之新光電", 8, 39),
            Piece(301, 919, 274, "子股份有限公司,", 8, 54),
            Piece(635, 919, 352, "應於中華民國110年", 8, 54),
            Piece(300, 984, 625, "4月4日前補正資料, 逾期依法處理。", 9, 38),
            Piece(275, 1050, 664, "、旨揭土地所有權人周怡君, 身分證統", 10, 39),
            Piece(302, 1115, 637, "一編號S219341172, 請於期限內繳納", 11, 39),
            Piece(302, 1182, 183, "應納稅額。", 11, 39),
            Piece(1036, 402, 157, "發文字號:", 12, 63),
            Piece(1247, 402, 428, "府稅字字第1121409406號", 12, 63),
            Piece(1153, 720, 664, "、依使用牌照稅條例第11條規定, 納稅", 13),
            Piece(1182, 787, 635, "義務人應於移轉登記前申報並繳納稅", 14),
            Piece(1180, 853, 37, "款", 14, 37),
            Piece(1233, 853, 11, "。", 14, 37),
            Piece(1102, 919, 34, "五、", 15, 39),
            Piece(1190, 919, 626, "副本抄送南投縣卑南鄉戶政事務所及", 15, 39),
            Piece(1180, 984, 196, "地政事務所,", 16, 39),
            Piece(1429, 984, 356, "請協助辦理註記事宜。", 16, 39),
            Piece(1531, 1310, 101, "局長", 17, 51),
            Piece(1700, 1310, 145, "張惠美", 17, 51),
        };

        var lines = Lines(ReadingOrder.Arrange(pieces));

        Assert.That(lines[^1], Is.EqualTo("局長 張惠美"), string.Join('\n', lines));
        Assert.That(Array.FindIndex(lines, l => l.Contains("旨揭土地", StringComparison.Ordinal)), Is.LessThan(Array.FindIndex(lines, l => l.Contains("依使用牌照", StringComparison.Ordinal))), string.Join('\n', lines));
        Assert.That(lines, Does.Contain("[ul 、旨揭土地所有權人周怡君, 身分證統"), string.Join('\n', lines));
    }

    [Test]
    public void ALineReachingIntoAGutterThatNarrowsBelowIt_EndsNoColumnsInAnError_AndEveryLineIsKept()
    {
        // Two columns in one block with a gutter from 700 to 900; the third row's left line ends at 880, 20 pixels into it
        // (taken in: the gutter held was wide), and the fourth row narrows the gutter to 700-760, left of that line's end: the
        // line then lay on neither side, and looking for the left side's start threw "Sequence contains no elements" (on an
        // outside page once a grey stamp was whitened).
        var pieces = new[]
        {
            Piece(100, 100, 600, "一、本件土地所有權人申請", 0), Piece(900, 100, 600, "二、請於期限內檢附文件", 0),
            Piece(100, 160, 600, "自用住宅用地稅率，經查", 0), Piece(900, 160, 600, "送本局辦理，逾期不予受", 0),
            Piece(100, 220, 780, "符合規定，准予自本年期起適用", 0), Piece(1000, 220, 500, "理，請查照。", 0),
            Piece(100, 280, 600, "按自用住宅用地稅率課徵", 0), Piece(760, 280, 740, "三、如有疑問請洽承辦人", 0),
        };

        Assert.That(() => GutterColumns.Find(pieces, 40), Throws.Nothing);
        var text = ReadingOrder.Arrange(pieces);

        Assert.That(pieces.Where(p => !text.Contains(p.Text, StringComparison.Ordinal)), Is.Empty, text);
    }

    // Bulletin 18 of the fresh set (seed 2900): the header, the headings of two columns, the columns' first row as given, the
    // columns' other rows and the contact line; and how its lines after the header read.
    private static TextPiece[] Bulletin18(TextPiece[] firstRow) =>
    [
        Piece(673, 269, 723, "南投縣政府地方稅務局公告", 0, 59),
        Piece(246, 375, 666, "公告字號:南稅字字第1143091958號", 1, 39), Piece(1412, 375, 406, "中華民國114年9月28日", 1, 39),
        Piece(246, 462, 1525, "主旨:臺端申請契稅分期繳納一案,准予分5期繳納,請依所附繳款書之期限按期繳納,", 1, 39),
        Piece(246, 528, 145, "請查照。", 1, 38),
        Piece(246, 616, 40, "一、", 1, 41), Piece(333, 616, 170, "減免規定", 1, 41), Piece(1080, 616, 39, "二、", 1, 41), Piece(1176, 616, 160, "辦理期限", 1, 41),
        .. firstRow,
        Piece(246, 752, 736, "應補徵稅額新臺幣1,489,751元,已另行寄", 2, 41), Piece(1079, 752, 557, "廷,如有疑問請於上班時間洽詢。", 2, 41),
        Piece(246, 818, 168, "發繳款書。", 2, 42), Piece(1081, 818, 704, "(2)營利事業統一編號46798714之大明建", 2, 42),
        Piece(1080, 884, 721, "設股份有限公司,應於中華民國115年7月", 2, 38), Piece(1079, 949, 590, "28日前補正資料,逾期依法處理。", 2, 39),
        Piece(247, 1076, 781, "洽詢電話:(04)5081-8152 承辦人:楊承恩", 3, 42),
    ];

    private static readonly string[] Bulletin18Read =
    [
        "一、 減免規定", "本件原核定字號北稅字字第1131996361號,", "應補徵稅額新臺幣1,489,751元,已另行寄", "發繳款書。",
        "二、 辦理期限", "(1)聯絡電話(04)4304-8857,承辦人陳冠", "廷,如有疑問請於上班時間洽詢。", "(2)營利事業統一編號46798714之大明建",
        "設股份有限公司,應於中華民國115年7月", "28日前補正資料,逾期依法處理。", "洽詢電話:(04)5081-8152 承辦人:楊承恩",
    ];

    private static TextPiece Piece(int x, int y, int width, string text, int block, int height = 40) => new(new PixelRect(x, y, width, height), text, block);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
