using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// 印花稅 (印花稅法): companies with many receipts and contracts apply to pay in one lump sum per
// period (彙總繳納) instead of affixing stamps, then file the period's totals. Receipts 4‰,
// contracts for work 1‰, sale of real estate 1‰, sale of movables NT$12 per document.
internal sealed class StampTaxTemplate() : LayoutTemplate(
    SampleLabels.StampTax, [AttachmentKind.IdCardCopy],
    ("lump-sum-application", Application), ("period-statement", Statement), ("company-letter", CompanyLetter))
{
    private static readonly (string Kind, string Rate, double Factor)[] Documents =
    [
        ("銀錢收據", "千分之四", 0.004),
        ("承攬契據", "千分之一", 0.001),
        ("典賣、讓受及分割不動產契據", "千分之一", 0.001),
        ("買賣動產契據", "每件12元", 0),
    ];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "印花稅";

    private static string Representative(SampleContext c) => c.Applicant.Name;

    private static PageContent Application(SampleContext c)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Pick("印花稅彙總繳納申請書", "申請彙總繳納印花稅", "應納印花稅憑證彙總繳納申請書"));
        DocumentParts.ReceiptLine(page, c);
        page.Grid(
            [
                [c.Pick("營利事業名稱", "申請單位", "公司名稱"), c.CompanyName, "統一編號", c.BusinessNumber],
                [c.Pick("負責人", "代表人"), Representative(c), "電話", c.Applicant.Phone],
                [c.Pick("營業地址", "地址"), c.Faker.Address(c.County, c.Town, allowTaiVariant: false)],
            ],
            [0.2f, 0.35f, 0.15f, 0.3f]);
        var kinds = c.Faker.Some(Documents.Select(d => d.Kind).ToArray(), 1, 3);
        page.Space(8).Line("彙總繳納之憑證種類：");
        foreach (var kind in kinds)
        {
            page.Line($"■{kind}", 0.3f);
        }

        page.Space(4).Line($"彙總期間：{c.Pick("■每一個月　□每二個月", "□每一個月　■每二個月")}");
        page.Space(4).Paragraph(c.Pick(
            $"本公司{c.Pick("每月開立收據", "每月簽訂之承攬契約", "營業上使用之憑證")}數量龐大，逐件貼用印花稅票甚為不便，依印花稅法第8條第2項規定，申請彙總繳納印花稅。",
            "本公司應納印花稅之憑證繁多，擬依印花稅法規定申請核准彙總繳納，並於憑證上加蓋「印花稅總繳」戳記。",
            $"為簡化作業，請{c.You()}核准本公司按期彙總計算應納印花稅額，以繳款書繳納。"));
        page.Paragraph(c.Pick(
            "核准後，本公司將於每期終了後十日內填具彙總繳納申報表，並自行繳納。",
            "各項憑證將依規定保存，以備稽徵機關查核。"));
        DocumentParts.Closing(page, c, "申請人", $"{c.CompanyName}　負責人：{Representative(c)}");
        return page.Build();
    }

    private static PageContent Statement(SampleContext c)
    {
        var page = new PageBuilder(11f);
        DocumentParts.FormTitle(page, c, c.Pick("印花稅彙總繳納申報表", "印花稅大額憑證總繳申報書", "彙總繳納印花稅計算表"));
        var month = c.Next(1, 12);
        page.Line($"營利事業名稱：{c.CompanyName}{DocumentParts.Blank}統一編號：{c.BusinessNumber}");
        page.Line($"所屬期間：{c.RocYear}年{month}月{c.Pick($"1日至{month}月底", string.Empty, $"至{month + 1}月")}{DocumentParts.Blank}核准文號：{c.Pick("府稅", "稅法", "財稅")}字第{c.RocYear}{c.Next(0, 10_000_000):0000000}號");
        List<IReadOnlyList<string>> rows = [["憑證種類", "件數", "金額（元）", "稅率", "應納稅額（元）"]];
        long total = 0;
        foreach (var (kind, rate, factor) in Documents)
        {
            var count = c.Next(0, 900);
            var amount = count * (long)c.Next(500, 80_000);
            var tax = factor == 0 ? count * 12L : (long)Math.Round(amount * factor);
            total += tax;
            rows.Add([kind, count.ToString(CultureInfo.InvariantCulture), amount.ToString("#,0", CultureInfo.InvariantCulture), rate, tax.ToString("#,0", CultureInfo.InvariantCulture)]);
        }

        rows.Add(["合計", string.Empty, string.Empty, string.Empty, total.ToString("#,0", CultureInfo.InvariantCulture)]);
        page.Space(6).Grid(rows, [0.32f, 0.1f, 0.22f, 0.14f, 0.22f], shade: false, size: 10f);
        page.Space(6).Line($"應納印花稅總額：{c.Amount(total)}");
        page.Paragraph(c.Pick(
            "上列憑證均已加蓋「印花稅總繳」戳記，依印花稅法規定彙總申報，請核發繳款書。",
            "本期應納印花稅已依核准之彙總繳納方式計算，並於期限內繳納。",
            "如有漏報，願依印花稅法規定補稅並受罰。"));
        DocumentParts.Closing(page, c, "申報人", $"{c.CompanyName}　負責人：{Representative(c)}");
        return page.Build();
    }

    private static PageContent CompanyLetter(SampleContext c)
    {
        var page = new PageBuilder();
        if (c.WithTitle)
        {
            page.Centered(c.CompanyName + c.Pick(" 函", string.Empty), 18f).Space(4);
        }

        page.Line($"地址：{c.Faker.Address(c.County, c.Town, allowTaiVariant: false)}", size: 10f).Line($"電話：{c.Applicant.Phone}", size: 10f).Space(6);
        page.Line($"受文者：{c.Bureau}");
        page.Line($"發文日期：{c.DateText()}");
        page.Space(4).Hanging("主旨：", c.Pick(
            "本公司擬申請彙總繳納印花稅，請惠予核准。",
            $"檢送本公司{c.RocYear}年{c.Next(1, 13)}月份印花稅彙總繳納申報表，請核發繳款書。",
            "本公司承攬工程契約應納印花稅，擬以繳款書方式繳納，請查照。",
            "函報本公司銀錢收據印花稅繳納情形，請鑒核。"));
        page.Line("說明：");
        string[] points =
        [
            $"本公司統一編號{c.BusinessNumber}，{c.Pick("主要營業項目為", "經營")}{c.Pick("建材批發", "營建工程", "食品製造", "不動產租賃", "廣告代理")}。",
            c.Pick(
                $"本月開立銀錢收據{c.Next(200, 3000)}件，金額合計{c.Amount(c.Faker.Money(2_000_000, 90_000_000))}，按千分之四計算印花稅。",
                $"本公司與{c.Faker.CompanyName()}簽訂承攬契約，承攬金額{c.Amount(c.Faker.Money(1_000_000, 60_000_000))}，應按千分之一貼用印花稅票。",
                "因憑證數量龐大，逐件貼用印花稅票不便，依印花稅法規定申請彙總繳納。"),
            c.Pick("檢附印花稅彙總繳納申報表一份。", "相關憑證影本如附件。", "繳款書請寄本公司會計部。"),
        ];
        for (var i = 0; i < points.Length; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", points[i], 0.2f);
        }

        page.Space(16).Right($"{c.CompanyName}{DocumentParts.Blank}負責人　{Representative(c)}");
        return page.Build();
    }
}
