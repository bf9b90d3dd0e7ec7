using SkiaSharp;

namespace DocClassifier.Samples.OcrPages;

/// <summary>
/// The layout families of the OCR page set. Three are for tuning, three only for measuring, and the
/// hard cases (letter-spaced titles, IDs and long numbers in cells, a lone date at the bottom right,
/// seals over text, wrapped sentences) occur in both halves, in different arrangements.
/// </summary>
public static class OcrPageLayouts
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];
    private static readonly string[] NoticeHeader = ["稅目", "稅籍編號", "應納稅額"];
    private static readonly string[] BulletinHeadings = ["申請資格", "應備文件", "辦理期限", "注意事項", "洽詢方式", "繳納方式", "受理地點", "減免規定"];
    private static readonly string[] Seals = ["稅務專用章", "收件章", "代收訖", "核章", "稽徵處印"];

    public static IReadOnlyList<(string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw)> Tune { get; } =
    [
        ("official-letter", OfficialLetter),
        ("declaration-form", DeclarationForm),
        ("payment-notice", PaymentNotice),
    ];

    public static IReadOnlyList<(string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw)> Measure { get; } =
    [
        ("two-column-notice", TwoColumnNotice),
        ("relief-application", ReliefApplication),
        ("refund-letter", RefundLetter),
    ];

    /// <summary>
    /// Tune-side pages with two columns, to tune reading order on without the measured two-column notices: an
    /// official letter whose explanations run in two columns, with a gutter of 4-9 % of the text width. Not in
    /// <see cref="Tune"/>, so the tune half stays as it was; rendered by <see cref="OcrPageSet.TwoColumnLetter"/>.
    /// </summary>
    public static (string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw) TuneColumns { get; } = ("two-column-letter", TwoColumnLetter);

    /// <summary>
    /// Tune-side pages with two columns laid out differently from <see cref="TuneColumns"/>: a bulletin whose columns
    /// each open with a heading, may differ in type size (so their rows do not line up), may have a rule in the gutter
    /// (4-10 % of the text width), and may come in two blocks with a full-width line between them. Not in
    /// <see cref="Tune"/>; rendered by <see cref="OcrPageSet.TwoColumnBulletin"/>.
    /// </summary>
    public static (string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw) TuneBulletins { get; } = ("two-column-bulletin", TwoColumnBulletin);

    private static void TwoColumnBulletin(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 10, 12.5f);
        page.Line(words.Agency() + "公告", size + 6, SKTextAlign.Center);
        page.Gap(4);
        page.Row(size, true, ("公告字號：" + words.LetterNumber(), 0), (words.Date(written: true), 0));
        page.Gap(6);
        if (random.Next(2) == 0)
        {
            _ = page.Paragraph("主旨：" + words.Subject(), size, hangEm: 3);
            page.Gap(6);
        }

        var headings = new Queue<string>(BulletinHeadings.OrderBy(_ => random.Next()));
        var item = 0;
        for (var block = random.Next(3) == 0 ? 2 : 1; block > 0; block--)
        {
            var gutter = 0.04f + (0.06f * (float)random.NextDouble());
            var sizes = (Left: size, Right: random.Next(2) == 0 ? size : size + (random.Next(2) == 0 ? -1 : 1));
            var top = page.Y;
            Column(page, words, random, Numerals[item++] + "、" + headings.Dequeue(), sizes.Left, 0, 0.5f - (gutter / 2), random.Next(1, 3));
            var leftBottom = page.Y;
            page.Y = top;
            Column(page, words, random, Numerals[item++] + "、" + headings.Dequeue(), sizes.Right, 0.5f + (gutter / 2), 1, random.Next(1, 3));
            page.Y = Math.Max(page.Y, leftBottom);
            if (random.Next(2) == 0)
            {
                page.VerticalRule(0.5f, top, page.Y);
            }

            // A line after the columns stands a blank line's height below them, or a short one would read as the
            // longer column's last line.
            page.Gap(size * 1.5f);
            if (block > 1)
            {
                _ = page.Paragraph("※" + words.Note(), size);
                page.Gap(size * 1.5f);
            }
        }

        page.Line("洽詢電話：" + words.Phone() + "　承辦人：" + words.Name(), size);
        LoneDate(page, words, random, size);
    }

    // A column of a bulletin: its heading, then paragraphs of explanations and notes between the given fractions of the width.
    private static void Column(OcrPageCanvas page, OcrPhrases words, Random random, string heading, float size, float from, float to, int paragraphs)
    {
        _ = page.Paragraph(heading, size + 1, from, to);
        for (var i = 0; i < paragraphs; i++)
        {
            var text = random.Next(2) == 0 ? words.Explanation() : words.Note();
            _ = page.Paragraph(paragraphs > 1 ? $"({i + 1}){text}" : text, size, from, to, firstIndentEm: random.Next(2) * 2);
        }
    }

    private static void TwoColumnLetter(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 10.5f, 13);
        page.Line(words.Agency() + "　函", size + 6, SKTextAlign.Center);
        page.Gap(6);
        page.Line("受文者：" + words.Name(), size + 1);
        page.Row(size, false, ("發文日期：" + words.Date(written: true), 0), ("發文字號：" + words.LetterNumber(), 0.5f));
        page.Gap(4);
        _ = page.Paragraph("主旨：" + words.Subject(), size + 1, hangEm: 3);
        page.Line("說明：", size + 1);
        var left = Enumerable.Range(0, random.Next(1, 4)).Select(i => Numerals[i] + "、" + words.Explanation()).ToList();
        var right = Enumerable.Range(left.Count, random.Next(1, 3)).Select(i => Numerals[i] + "、" + words.Explanation()).ToList();
        page.Columns(left, right, size, 0.04f + (0.05f * (float)random.NextDouble()), hangEm: random.Next(2) * 2);
        page.Gap(16);
        var signatureTop = page.Y;
        page.Line("局長　" + words.Name(), size + 4, SKTextAlign.Right);
        if (random.Next(2) == 0)
        {
            page.Stamp(page.Right - (page.Right - page.Left) * 0.15f, signatureTop + 8, 1f, words.Pick(Seals), round: random.Next(2) == 0);
        }

        LoneDate(page, words, random, size);
    }

    private static void OfficialLetter(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 11, 14);
        page.Line(words.Agency() + "　函", size + 6, SKTextAlign.Center);
        page.Gap(8);
        _ = page.Paragraph("地址：" + words.Address(), size - 1, 0.5f);
        page.Line("承辦人：" + words.Name(), size - 1, SKTextAlign.Left, indentEm: Indent(page, size - 1, 0.5f));
        page.Line("電話：" + words.Phone(), size - 1, SKTextAlign.Left, indentEm: Indent(page, size - 1, 0.5f));
        page.Gap(6);
        page.Line("受文者：" + words.Name(), size + 2);
        page.Line("發文日期：" + words.Date(written: true), size);
        page.Line("發文字號：" + words.LetterNumber(), size);
        page.Gap(6);
        _ = page.Paragraph("主旨：" + words.Subject(), size + 1, hangEm: 3);
        page.Line("說明：", size + 1);
        for (var i = 0; i < random.Next(2, 5) && page.Fits(4, size); i++)
        {
            _ = page.Paragraph(Numerals[i] + "、" + words.Explanation(), size, firstIndentEm: 1, hangEm: 2);
        }

        page.Gap(18);
        var signatureTop = page.Y;
        page.Line("處長　" + words.Name(), size + 6, SKTextAlign.Right);
        if (random.Next(2) == 0)
        {
            page.Stamp(page.Right - (page.Right - page.Left) * 0.12f, signatureTop + 10, 1.1f, words.Pick(Seals), round: false);
        }

        LoneDate(page, words, random, size);
    }

    private static void DeclarationForm(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 10.5f, 13);
        Title(page, words.FormTitle(), random, size);
        page.Row(size - 1, true, ("收件日期：" + words.Date(), 0), ("收件編號：" + words.Digits(9), 0));
        page.Gap(4);
        page.Table(
            [
                ["納稅義務人", words.Name(), "身分證統一編號", words.PersonId()],
                ["房屋稅籍編號", words.HouseNumber(), "課稅年度", words.Year().ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["坐落地址", words.Address()],
                ["申報金額", words.Amount() + "元", "聯絡電話", words.Phone()],
                ["營利事業統一編號", words.BusinessId(), "代理人", words.Name()],
            ],
            [0.2f, 0.3f, 0.22f, 0.28f],
            size);
        page.Gap(10);
        page.Line("注意事項：", size);
        for (var i = 0; i < random.Next(2, 4); i++)
        {
            _ = page.Paragraph(Numerals[i] + "、" + words.Note(), size - 1, firstIndentEm: 1, hangEm: 2);
        }

        page.Gap(14);
        var signatureTop = page.Y;
        page.Row(size, false, ("申請人：" + words.Name(), 0), ("（簽名或蓋章）", 0.55f));
        if (random.Next(3) > 0)
        {
            page.Stamp(page.Left + (page.Right - page.Left) * 0.3f, signatureTop + 8, 0.9f, words.Pick(Seals), round: true);
        }

        LoneDate(page, words, random, size);
    }

    private static void PaymentNotice(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 11, 13);
        var tax = words.Tax();
        page.Line(words.Agency(), size + 4, SKTextAlign.Center);
        Title(page, tax + "繳款書", random, size);
        page.Row(size, true, ("繳款期限：" + words.Date(written: true), 0), ("銷帳編號：" + words.Digits(14), 0));
        page.Row(size, false, ("納稅義務人：" + words.Name(), 0), ("統一編號：" + words.BusinessId(), 0.55f));
        _ = page.Paragraph("課稅地址：" + words.Address(), size);
        page.Gap(4);
        var rows = new List<IReadOnlyList<string>> { NoticeHeader };
        for (var i = 0; i < random.Next(2, 5); i++)
        {
            rows.Add([tax, words.HouseNumber(), words.Amount()]);
        }

        rows.Add(["合計", "", words.Amount()]);
        page.Table(rows, [0.3f, 0.4f, 0.3f], size);
        page.Gap(10);
        var notesTop = page.Y;
        for (var i = 0; i < random.Next(2, 4); i++)
        {
            _ = page.Paragraph(Numerals[i] + "、" + words.Note(), size - 1, hangEm: 2);
        }

        if (random.Next(2) == 0)
        {
            page.Stamp(page.Left + (page.Right - page.Left) * 0.7f, notesTop + 20, 1.2f, "代收訖", round: true);
        }

        LoneDate(page, words, random, size);
    }

    private static void TwoColumnNotice(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 10.5f, 12.5f);
        Title(page, words.Tax() + "申報須知", random, size);
        _ = page.Paragraph(words.Subject(), size, firstIndentEm: 2);
        page.Gap(8);
        var left = Enumerable.Range(0, random.Next(2, 4)).Select(i => Numerals[i] + "、" + words.Note() + words.Explanation()).ToList();
        var right = Enumerable.Range(left.Count, random.Next(2, 4)).Select(i => Numerals[i] + "、" + words.Explanation()).ToList();
        page.Columns(left, right, size);
        page.Gap(12);
        var sealTop = page.Y;
        page.Row(size, true, ("承辦單位：" + words.Agency(), 0), ("電話：" + words.Phone(), 0));
        if (random.Next(2) == 0)
        {
            page.Stamp(page.Left + (page.Right - page.Left) * 0.25f, sealTop + 6, 1f, words.Pick(Seals), round: random.Next(2) == 0);
        }

        LoneDate(page, words, random, size);
    }

    private static void ReliefApplication(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 11, 13.5f);
        Title(page, words.FormTitle(), random, size);
        page.Line("受理編號：" + words.Digits(10), size - 1, SKTextAlign.Right);
        page.Table(
            [
                ["申請人姓名", words.Name()],
                ["身分證統一編號", words.PersonId()],
                ["房屋稅籍編號", words.HouseNumber()],
                ["房屋坐落", words.Address()],
                ["聯絡電話", words.Phone()],
                ["扣繳單位統一編號", words.BusinessId()],
            ],
            [0.32f, 0.68f],
            size);
        page.Gap(10);
        _ = page.Paragraph($"本人所有上開房屋確供自住使用，且本人、配偶及直系親屬於全國僅持有三戶以內，依規定申請自{words.Year()}年期起按自住用稅率課徵{words.Tax()}，如有不實願負法律責任。", size, firstIndentEm: 2);
        page.Gap(14);
        var signatureTop = page.Y;
        page.Row(size, true, ("申請人：" + words.Name(), 0), ("（簽名或蓋章）", 0));
        if (random.Next(3) > 0)
        {
            page.Stamp(page.Left + (page.Right - page.Left) * 0.35f, signatureTop + 8, 0.8f, words.Pick(Seals), round: false);
        }

        page.Gap(8);
        page.Line("此致　" + words.Agency(), size);
        LoneDate(page, words, random, size);
    }

    private static void RefundLetter(OcrPageCanvas page, OcrPhrases words, Random random)
    {
        var size = Size(random, 11, 13.5f);
        page.Line(words.Agency(), size + 5, SKTextAlign.Center);
        Title(page, "退稅通知書", random, size);
        page.Line("納稅義務人：" + words.Name(), size);
        _ = page.Paragraph("通訊地址：" + words.Address(), size);
        page.Gap(6);
        _ = page.Paragraph(
            $"臺端{words.Year()}年度{words.Tax()}溢繳稅款（原核定字號：{words.LetterNumber()}），請將退稅款存入臺端指定之金融機構帳戶，如帳戶有誤請於{words.Date(written: true)}前洽本處更正。",
            size,
            firstIndentEm: 2);
        page.Gap(6);
        page.Table([["退稅稅目", "退稅金額", "核定日期"], [words.Tax(), words.Amount() + "元", words.Date()]], [0.34f, 0.33f, 0.33f], size);
        page.Gap(8);
        _ = page.Paragraph(words.Explanation(), size, firstIndentEm: 2);
        page.Gap(16);
        var signatureTop = page.Y;
        page.Line(words.Agency(), size + 2, SKTextAlign.Right);
        if (random.Next(2) == 0)
        {
            page.Stamp(page.Right - (page.Right - page.Left) * 0.2f, signatureTop + 8, 1.2f, words.Pick(Seals), round: true);
        }

        LoneDate(page, words, random, size);
    }

    // A title printed with wide gaps between its characters (契　稅　申　報　書) on about half the pages.
    private static void Title(OcrPageCanvas page, string title, Random random, float size)
    {
        if (random.Next(2) == 0)
        {
            page.SpacedTitle(title, size + 7, 0.8f + (float)(random.NextDouble() * 1.6));
        }
        else
        {
            page.Line(title, size + 7, SKTextAlign.Center);
        }

        page.Gap(6);
    }

    // The date alone at the bottom right of the page (113/11/21), on about half the pages.
    private static void LoneDate(OcrPageCanvas page, OcrPhrases words, Random random, float size)
    {
        if (random.Next(2) == 0)
        {
            return;
        }

        var height = page.LineHeight(size);
        page.Y = Math.Max(page.Y + height, page.Bottom - (3 * height));
        page.Line(words.Date(written: random.Next(3) == 0), size, SKTextAlign.Right);
    }

    private static float Indent(OcrPageCanvas page, float sizePt, float fraction) => page.EmsAcross(fraction, sizePt);

    private static float Size(Random random, float min, float max) => MathF.Round((min + ((max - min) * (float)random.NextDouble())) * 2) / 2;
}
