using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// 延期或分期繳納申請 (稅捐稽徵法 art. 26): after a disaster or in hardship, pay up to three months
// later or in instalments. Talks of bills, amounts and deadlines like a refund request.
internal sealed class InstallmentOrDeferralTemplate() : LayoutTemplate(
    SampleLabels.InstallmentOrDeferral, [AttachmentKind.TaxBillCopy, AttachmentKind.IdCardCopy],
    ("form-grid", FormGrid), ("hardship-letter", HardshipLetter), ("installment-schedule", InstallmentSchedule))
{
    private static readonly string[] Titles = ["延期或分期繳納稅款申請書", "申請分期繳納稅款", "延期繳納稅捐申請書", "分期繳納申請書"];

    private static readonly string[] Taxes = ["房屋稅", "地價稅", "土地增值稅", "使用牌照稅", "契稅", "房屋稅及地價稅"];

    private static readonly string[] Options = ["延期繳納", "分期繳納"];

    private static readonly string[] AttachmentPool =
        ["繳款書影本", "診斷證明書", "非自願離職證明", "災害證明", "低收入戶證明", "財產及所得資料", "擔保品清冊"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = c.Faker.PickOf(Taxes[..5]);

    private static string Hardship(SampleContext c) => c.Pick(
        $"本人{c.Pick("去年", "今年初")}{c.Pick("因公司歇業遭資遣", "非自願離職", "經營之小吃店虧損停業")}，目前無固定收入，{c.Pick("尚須扶養年邁父母", "家中尚有子女就學", "仍須負擔房貸")}，無力一次繳清稅款。",
        $"本人於{c.DateText(c.Date.AddDays(-c.Next(20, 150)))}{c.Pick("罹患重大傷病住院治療", "發生車禍受傷", "中風")}，醫療費用龐大，經濟困難。",
        $"本人房屋因{c.Pick("凱米颱風", "山陀兒颱風", "豪雨水災", "火災")}受損，修繕費用支出甚鉅，一時無法籌措稅款。",
        "受景氣影響，公司營運資金週轉困難，無法於繳納期限內一次繳納。");

    // Amounts large enough to need instalments, in the range each tax reaches.
    private static long Due(SampleContext c) => c.TaxTopic switch
    {
        "使用牌照稅" => c.Faker.Money(7_000, 60_000),
        "房屋稅" or "地價稅" => c.Faker.Money(12_000, 400_000),
        "契稅" => c.Faker.Money(30_000, 600_000),
        _ => c.Faker.Money(80_000, 3_000_000),
    };

    private static PageContent FormGrid(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var due = Due(c);
        var option = c.Next(0, 2);
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, c.Pick("納稅義務人", "申請人")),
                DocumentParts.ContactRow(c),
                DocumentParts.AddressRow(c),
                ["稅目", c.TaxTopic, "年期", $"{c.RocYear}年"],
                ["銷帳編號", c.BillNumber, "應納稅額", c.Amount(due)],
                ["原繳納期限", RocDates.Format(c.Date.AddDays(c.Next(3, 25)), RocDateStyle.Slash), "申請期數", option == 1 ? $"{c.Faker.PickOf([3, 6, 12, 24, 36])}期" : "—"],
            ],
            [0.18f, 0.32f, 0.2f, 0.3f]);
        page.Space(8).Line($"申請項目：{DocumentParts.Checkboxes(c, Options, option)}");
        if (option == 0)
        {
            page.Line($"延期至：{c.DateText(c.Date.AddMonths(c.Next(1, 4)))}（延期以三個月為限）");
        }

        page.Space(4).Line($"{c.Pick("申請原因", "理由")}：").Paragraph(Hardship(c));
        page.Paragraph(c.Pick(
            "依稅捐稽徵法第26條規定，於規定納稅期間內申請延期或分期繳納。",
            "如經核准分期，任何一期逾期未繳，未繳清之餘額稅款願一次全部繳清。",
            "本人願依核准之期限按期繳納，並依規定加計利息。"));
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent HardshipLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "陳情書", "申請書", "分期繳納申請");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：", $"{c.Bureau}　鈞鑒：")).Space(4);
        page.Paragraph($"本人{c.Applicant.Name}{c.RocYear}年{c.TaxTopic}{c.Pick("應納稅額", "稅款")}{c.Amount(Due(c))}，繳納期限為{c.DateText(c.Date.AddDays(c.Next(3, 25)))}。");
        page.Paragraph(Hardship(c));
        page.Paragraph(c.Pick(
            $"懇請{c.You()}體恤，准予分{c.Faker.PickOf([3, 6, 10, 12, 24])}期繳納，本人必定按期繳清。",
            $"懇請{c.You()}准予延期{c.Pick("一", "二", "三")}個月繳納，待{c.Pick("保險理賠", "資遣費", "房屋出售")}入帳後即一次繳清。",
            $"依稅捐稽徵法第26條規定，請准予延期或分期繳納，以渡難關。"));
        page.Paragraph($"{c.Pick("繳款書銷帳編號", "銷帳編號")}：{c.BillNumber}");
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, c.Pick("陳情人", "申請人"));
        return page.Build();
    }

    private static PageContent InstallmentSchedule(SampleContext c)
    {
        var page = new PageBuilder(11f);
        DocumentParts.FormTitle(page, c, c.Pick("分期繳納稅款申請書暨分期表", "分期繳納申請書", "稅款分期繳納計畫表"));
        var due = Due(c);
        var periods = c.Faker.PickOf([3, 4, 6, 8, 10, 12]);
        page.Line($"納稅義務人：{c.Applicant.Name}{DocumentParts.Blank}身分證統一編號：{c.Applicant.NationalId}");
        page.Line($"稅目：{c.TaxTopic}{DocumentParts.Blank}銷帳編號：{c.BillNumber}");
        page.Line($"應納稅額：{c.Amount(due)}{DocumentParts.Blank}申請分{periods}期繳納");
        List<IReadOnlyList<string>> rows = [["期別", "繳納期限", "本期金額（元）", "備註"]];
        var first = new DateOnly(c.Date.Year, c.Date.Month, 1).AddMonths(1).AddDays(-1);
        var each = due / periods;
        for (var i = 1; i <= periods; i++)
        {
            var amount = i == periods ? due - (each * (periods - 1)) : each;
            rows.Add([$"第{i}期", RocDates.Format(first.AddMonths(i - 1), RocDateStyle.Slash), amount.ToString("#,0", CultureInfo.InvariantCulture), i == 1 ? c.Pick("核准後繳納", string.Empty) : string.Empty]);
        }

        page.Space(6).Grid(rows, [0.15f, 0.3f, 0.3f, 0.25f], shade: false, size: 10f);
        page.Space(6).Paragraph(c.Pick(
            "申請人因經濟困難，依稅捐稽徵法第26條規定申請分期繳納，並同意按上表期限繳納。",
            "如有一期逾期未繳，願將未繳清之餘額稅款一次全部繳清，並接受移送強制執行。",
            "分期繳納期間依規定加計利息，一併繳納。"));
        page.Paragraph(Hardship(c));
        DocumentParts.Closing(page, c);
        return page.Build();
    }
}
