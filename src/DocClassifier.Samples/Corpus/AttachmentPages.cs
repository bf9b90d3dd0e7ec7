using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// The copies behind a form: ID card, contract excerpt, passbook cover, tax bill, disability
// certificate, household register. Each is a boxed grid, which is how a photocopy reads.
internal static class AttachmentPages
{
    public static PageContent Compose(SampleContext c, AttachmentKind kind)
    {
        var page = new PageBuilder(12f);
        switch (kind)
        {
            case AttachmentKind.IdCardCopy:
                IdCard(page, c);
                break;
            case AttachmentKind.SaleContractExcerpt:
                SaleContract(page, c);
                break;
            case AttachmentKind.PassbookCover:
                Passbook(page, c);
                break;
            case AttachmentKind.TaxBillCopy:
                TaxBill(page, c);
                break;
            case AttachmentKind.DisabilityCertificateCopy:
                Disability(page, c);
                break;
            default:
                HouseholdRegister(page, c);
                break;
        }

        if (c.Chance(0.6))
        {
            page.Space(16).Right(c.Pick("與正本相符", "影本與正本相符", "僅供本案申請使用", "此影本僅供辦理稅務使用，他用無效"));
        }

        return page.Build();
    }

    private static void IdCard(PageBuilder page, SampleContext c)
    {
        var p = c.Applicant;
        page.Line(c.Pick("身分證影本（正面）", "國民身分證正面影本", "身分證正反面影本")).Space(6);
        page.Grid(
            [
                ["中華民國國民身分證"],
                ["姓名", p.Name],
                ["出生", RocDates.Format(p.BirthDate, RocDateStyle.Minguo)],
                ["性別", p.Female ? "女" : "男"],
                ["發證日期", $"民國{c.Next(94, 113)}年{c.Next(1, 13)}月{c.Next(1, 29)}日（{c.County.Short}）{c.Pick("換發", "補發", "初發")}"],
                ["統一編號", p.NationalId],
            ],
            [0.25f, 0.45f],
            shade: false);
        page.Space(30).Line(c.Pick("身分證影本（反面）", "（反面）")).Space(6);
        page.Grid(
            [
                ["父", c.Faker.PersonName(false, p.Name[..1]), "母", c.Faker.PersonName(true)],
                ["配偶", c.Chance(0.7) ? c.Faker.PersonName(!p.Female) : string.Empty, "役別", p.Female ? string.Empty : c.Pick("常備役", "替代役", "免役")],
                ["出生地", c.County.Name],
                ["住址", p.Address],
            ],
            [0.12f, 0.3f, 0.12f, 0.26f],
            shade: false);
    }

    private static void SaleContract(PageBuilder page, SampleContext c)
    {
        var price = c.Faker.Money(2_000_000, 18_000_000) / 10_000 * 10_000;
        page.Centered(c.Pick("不動產買賣契約書", "土地建物買賣契約書", "房地買賣契約書（節本）"), 16f).Space(6);
        page.Paragraph($"立契約書人買方{c.Applicant.Name}（以下簡稱甲方），賣方{c.Faker.PersonName()}（以下簡稱乙方），茲就下列不動產買賣事宜，雙方同意訂定本契約條款如下：");
        page.Hanging("第一條　", $"買賣標的：土地坐落{c.County.Name}{c.Town.Name}{c.Parcel()}，面積{c.Next(60, 400)}.{c.Next(0, 100):00}平方公尺，權利範圍{c.Pick("全部", "1/2", "1/4")}；建物門牌{c.PropertyAddress()}。");
        page.Hanging("第二條　", $"買賣價款：總價{c.Amount(price)}，其中土地價款{c.Amount(price * 7 / 10)}，建物價款{c.Amount(price * 3 / 10)}。");
        page.Hanging("第三條　", c.Pick(
            "付款方式：簽約款、用印款、完稅款及交屋款，分四期交付。",
            "甲方應於簽約時支付價款百分之十，餘款於辦妥所有權移轉登記時付清。"));
        page.Hanging("第四條　", c.Pick(
            "稅費負擔：土地增值稅由乙方負擔，契稅、登記規費及代書費由甲方負擔。",
            "本件移轉所生之土地增值稅由賣方負擔，契稅由買方負擔，地價稅及房屋稅以交屋日為準分算。"));
        page.Space(10).Line($"買方：{c.Applicant.Name}{DocumentParts.Blank}賣方：{c.Faker.PersonName()}{DocumentParts.Blank}地政士：{c.Faker.PersonName()}");
        page.Line($"訂約日期：{c.DateText(c.Date.AddDays(-c.Next(3, 25)))}");
    }

    private static void Passbook(PageBuilder page, SampleContext c)
    {
        var account = c.Faker.BankAccount(c.Applicant.Name, c.County.Towns[0]);
        page.Line(c.Pick("存摺封面影本", "存簿封面影本", "帳戶影本")).Space(8);
        page.Grid(
            [
                [account.Bank + (account.Bank == "中華郵政" ? "股份有限公司" : string.Empty)],
                ["分行／局", account.Branch],
                ["戶名", account.Holder],
                ["帳號", account.Number],
                ["銀行代號", account.BankCode],
            ],
            [0.3f, 0.5f],
            shade: false);
        if (c.Chance(0.5))
        {
            page.Space(10).Line(c.Pick("退稅款請匯入上列帳戶。", "※請以本帳戶辦理退款。"));
        }
    }

    private static void TaxBill(PageBuilder page, SampleContext c)
    {
        var year = c.RocYear - c.Next(0, 2);
        var tax = c.Faker.Money(800, 60_000);
        var periodic = c.TaxTopic is "房屋稅" or "地價稅" or "使用牌照稅" or "娛樂稅";
        page.Centered(periodic ? $"{c.Bureau} {year}年期{c.TaxTopic}繳款書" : $"{c.Bureau} {c.TaxTopic}繳款書", 14f).Space(6);
        page.Grid(
            [
                ["銷帳編號", c.BillNumber, "繳納期限", RocDates.Format(new DateOnly(year + RocDates.YearOffset, c.Next(5, 12), 30), RocDateStyle.Slash)],
                ["納稅義務人", c.Applicant.Name, "應納稅額", tax.ToString("#,0", CultureInfo.InvariantCulture)],
                [.. Identifier(c), .. Period(c, year)],
                ["地址", c.Applicant.Address],
            ],
            [0.18f, 0.32f, 0.18f, 0.32f],
            size: 10.5f);
        page.Space(6).Line(c.Pick("（第一聯 繳款人收執聯）", "（收據聯）", "代收機構收訖章"), size: 10f);
    }

    private static string[] Identifier(SampleContext c) => c.TaxTopic switch
    {
        "使用牌照稅" => ["車牌號碼", c.Plate],
        "地價稅" or "土地增值稅" => ["地號", c.Parcel()],
        _ => ["稅籍編號", c.HouseTaxNumber],
    };

    // House tax runs from July to June; land value and vehicle licence tax by calendar year;
    // transfer taxes have no period, only the date of the return.
    private static string[] Period(SampleContext c, int year) => c.TaxTopic switch
    {
        "房屋稅" => ["課稅期間", $"{year - 1}/07/01-{year}/06/30"],
        "地價稅" or "使用牌照稅" => ["課稅期間", $"{year}/01/01-{year}/12/31"],
        _ => ["申報日期", RocDates.Format(c.Date.AddDays(-c.Next(20, 60)), RocDateStyle.Slash)],
    };

    private static void Disability(PageBuilder page, SampleContext c)
    {
        var holder = c.Chance(0.6) ? c.Applicant.Name : c.Faker.PersonName();
        page.Line(c.Pick("身心障礙證明影本", "身心障礙證明（正面）影本")).Space(6);
        page.Grid(
            [
                [$"{c.County.Name}政府 身心障礙證明"],
                ["姓名", holder, "身分證統一編號", c.Faker.NationalId()],
                ["障礙等級", c.Pick("輕度", "中度", "重度", "極重度"), "障礙類別", $"第{c.Next(1, 9)}類"],
                ["鑑定日期", RocDates.Format(c.Date.AddYears(-c.Next(1, 5)), RocDateStyle.Slash), "重新鑑定日期", RocDates.Format(c.Date.AddYears(c.Next(1, 5)), RocDateStyle.Slash)],
            ],
            [0.2f, 0.3f, 0.22f, 0.28f],
            shade: false);
    }

    private static void HouseholdRegister(PageBuilder page, SampleContext c)
    {
        page.Line(c.Pick("戶口名簿影本", "戶籍謄本影本")).Space(6);
        page.Line($"住址：{c.PropertyAddress()}");
        List<IReadOnlyList<string>> rows = [["稱謂", "姓名", "出生日期", "統一編號", "遷入日期"]];
        string[] roles = ["戶長", "配偶", "長子", "長女", "次子", "母"];
        var members = c.Next(1, 5);
        for (var i = 0; i < members; i++)
        {
            rows.Add([
                roles[i], i == 0 ? c.Applicant.Name : c.Faker.PersonName(), RocDates.Format(c.Faker.Date(40, 105), RocDateStyle.Slash),
                i == 0 ? c.Applicant.NationalId : c.Faker.NationalId(), RocDates.Format(c.Faker.Date(80, c.RocYear - 1), RocDateStyle.Slash),
            ]);
        }

        page.Space(4).Grid(rows, [0.12f, 0.18f, 0.22f, 0.26f, 0.22f], shade: false, size: 11f);
    }
}
