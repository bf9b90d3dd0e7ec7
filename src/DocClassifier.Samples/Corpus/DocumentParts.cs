namespace DocClassifier.Samples.Corpus;

// Pieces every class shares: form headers, the applicant's rows, the declaration, 此致 and the
// signature block. Each varies its wording so that no two documents end the same way.
internal static class DocumentParts
{
    public const char Blank = '\u3000'; // ideographic space, the spacing unit of printed forms

    // A new page that opens with one of the titles, centred, on documents that have a title.
    public static PageBuilder TitledPage(SampleContext c, float size, float space, params string[] titles)
    {
        var page = new PageBuilder();
        if (c.WithTitle)
        {
            page.Centered(c.Pick(titles), size).Space(space);
        }

        return page;
    }

    // Bureau line and form title, only on documents that have a title.
    public static void FormTitle(PageBuilder page, SampleContext c, string title)
    {
        if (!c.WithTitle)
        {
            return;
        }

        if (c.Chance(0.6))
        {
            page.Centered(c.Bureau, 16f).Centered(title, 20f).Space(4);
        }
        else
        {
            page.Centered($"{c.Bureau}{title}", 18f).Space(4);
        }
    }

    // A small line above the grid that forms carry whether or not they have a title.
    public static void ReceiptLine(PageBuilder page, SampleContext c)
    {
        switch (c.Next(0, 4))
        {
            case 0:
                page.Line($"收件日期：{Blank}{Blank}年{Blank}{Blank}月{Blank}{Blank}日{Blank}{Blank}收件編號：", size: 10f);
                break;
            case 1:
                page.Right($"收件編號：{c.RocYear}-{c.Next(1, 99999):00000}", 10f);
                break;
            case 2:
                page.Line("（本欄由稽徵機關填寫）收件字號：", size: 10f);
                break;
        }
    }

    public static string[] ApplicantRow(SampleContext c, string role) =>
        [role, c.Applicant.Name, c.Pick("身分證統一編號", "身分證字號", "國民身分證統一編號", "統一編號"), c.Applicant.NationalId];

    public static string[] ContactRow(SampleContext c)
    {
        var phone = c.Pick("聯絡電話", "電話", "連絡電話");
        return c.Chance(0.5)
            ? [c.Pick("出生日期", "出生年月日"), RocDates.Format(c.Applicant.BirthDate, RocDateStyle.YearOnly), phone, c.Applicant.Phone]
            : [phone, c.Applicant.Phone];
    }

    public static string[] AddressRow(SampleContext c) =>
        [c.Pick("通訊地址", "戶籍地址", "住址", "送達地址"), c.Applicant.Address];

    public static string Checkboxes(SampleContext c, IReadOnlyList<string> options, int chosen)
    {
        var marked = c.Pick("■", "■", "■", "V");
        return string.Join(Blank, options.Select((o, i) => (i == chosen ? marked : "□") + o));
    }

    public static void Declaration(PageBuilder page, SampleContext c)
    {
        page.Paragraph(c.Pick(
            "本人聲明以上所填資料均屬實，如有不實願負法律責任。",
            "上列各項均據實填報，如有虛偽不實，願負一切法律責任。",
            "申請人切結上開內容確屬實在，如有不實，願依法補繳稅款並受罰。",
            "以上所填資料及檢附文件均屬實，如有不符，願負法律責任。"));
    }

    public static void Attachments(PageBuilder page, SampleContext c, IReadOnlyList<string> pool)
    {
        var items = c.Faker.Some(pool, 1, Math.Min(4, pool.Count));
        if (c.Chance(0.5))
        {
            page.Paragraph($"{c.Pick("檢附文件", "附件", "檢附")}：{string.Join("、", items)}{c.Pick("各一份。", "。", "各乙份。")}", firstIndentEm: 0f);
            return;
        }

        page.Line($"{c.Pick("附件", "檢附文件")}：");
        for (var i = 0; i < items.Count; i++)
        {
            page.Line($"{ChineseNumerals.Common(i + 1)}、{items[i]}。", indentInches: 0.3f);
        }
    }

    // 此致 + addressee, then who signs, then the date.
    public static void Closing(PageBuilder page, SampleContext c, string role = "申請人", string? name = null)
    {
        page.Space(8).Line(c.Pick("此致", $"此{Blank}致", "此致", "謹呈", "敬陳"), indentInches: 0.3f)
            .Line(c.Bureau + c.Pick(string.Empty, string.Empty, string.Empty, $"{Blank}公鑒", "　鑒核"), indentInches: c.Chance(0.5) ? 0f : 0.3f);
        Signature(page, c, role, name);
    }

    public static void Signature(PageBuilder page, SampleContext c, string role = "申請人", string? name = null)
    {
        const float indent = 2.6f;
        page.Space(14).Line($"{role}：{name ?? c.Applicant.Name}{Blank}{c.Pick("（簽章）", "（簽名或蓋章）", "（蓋章）", string.Empty)}", indent);
        if (c.Chance(0.6))
        {
            page.Line($"{c.Pick("身分證統一編號", "身分證字號")}：{c.Applicant.NationalId}", indent);
        }

        if (c.Chance(0.6))
        {
            page.Line($"{c.Pick("住址", "地址", "通訊地址")}：{c.Applicant.Address}", indent - 0.6f);
        }

        if (c.Chance(0.7))
        {
            page.Line($"{c.Pick("電話", "聯絡電話", "連絡電話")}：{c.Applicant.Phone}", indent);
        }

        DateLine(page, c);
    }

    public static void DateLine(PageBuilder page, SampleContext c)
    {
        page.Space(10);
        if (c.Chance(0.3))
        {
            var spaced = string.Join(Blank, $"中華民國{ChineseNumerals.DigitByDigit(c.RocYear)}年{ChineseNumerals.Common(c.Date.Month)}月{ChineseNumerals.Common(c.Date.Day)}日".ToCharArray());
            page.Centered(spaced, page.Body, bold: false);
        }
        else
        {
            page.Right(c.DateText());
        }
    }
}
