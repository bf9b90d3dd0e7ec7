namespace DocClassifier.Samples.Corpus;

// 變更送達地址申請: where bills go from now on, for which taxes, or a switch to e-bills.
// Address fields appear on every form; what decides is the old/new pair and 送達.
internal sealed class MailingAddressChangeTemplate() : LayoutTemplate(
    SampleLabels.MailingAddressChange, [AttachmentKind.IdCardCopy],
    ("form-grid", FormGrid), ("free-letter", FreeLetter), ("e-bill-form", EBillForm))
{
    private static readonly string[] Titles =
        ["變更送達地址申請書", "地方稅送達地址變更申請書", "稅單寄送地址變更申請書", "納稅義務人通訊地址變更申請書"];

    private static readonly string[] Taxes = ["房屋稅", "地價稅", "使用牌照稅", "全部稅目"];


    private static string TaxList(SampleContext c)
    {
        var chosen = c.Faker.Some(Taxes[..3], 1, 3);
        return string.Join(DocumentParts.Blank, Taxes.Select(t => (chosen.Contains(t) ? "■" : "□") + t));
    }

    private static PageContent FormGrid(SampleContext c)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var newAddress = c.Faker.Address(c.Faker.County());
        List<IReadOnlyList<string>> rows =
        [
            DocumentParts.ApplicantRow(c, c.Pick("納稅義務人", "申請人")),
            DocumentParts.ContactRow(c),
            [c.Pick("原送達地址", "原通訊地址", "變更前地址"), c.Applicant.Address],
            [c.Pick("新送達地址", "變更後送達地址", "新通訊地址"), newAddress],
            [c.Pick("房屋稅籍編號", "稅籍編號"), c.HouseTaxNumber, "車牌號碼", c.Chance(0.4) ? c.Plate : string.Empty],
        ];
        if (c.Chance(0.5))
        {
            rows.Add(["土地地號", c.Parcel()]);
        }

        page.Space(4).Grid(rows, [0.2f, 0.3f, 0.2f, 0.3f]);
        page.Space(8).Line($"{c.Pick("適用稅目", "變更稅目", "申請變更之稅目")}：{TaxList(c)}");
        page.Space(4).Paragraph(c.Pick(
            "自即日起，上列稅目之繳款書及各項通知文書請寄送至新送達地址。",
            "本人已遷居，以後各期稅單請改寄新址，以免延誤繳納。",
            "因原地址無人收件，致繳款書遭退回，請更正送達地址。",
            "請將本人名下所有地方稅之送達地址一併變更。"));
        if (c.Chance(0.4))
        {
            page.Paragraph(c.Pick("本人同意以電子郵件接收繳款通知。", "另請停止寄送紙本繳款書。", "戶籍地址未變更，僅變更送達地址。"));
        }

        DocumentParts.Declaration(page, c);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent FreeLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "申請書", "地址變更申請", "變更送達地址申請書");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：", $"{c.Bureau}　承辦人員您好：")).Space(4);
        var newAddress = c.Faker.Address(c.Faker.County());
        page.Paragraph(c.Pick(
            $"本人{c.Applicant.Name}因{c.Pick("工作", "搬家", "就醫", "與子女同住")}已遷居至{newAddress}，原址{c.Applicant.Address}已無人居住。",
            $"本人原通訊地址為{c.Applicant.Address}，現因住所變更，改為{newAddress}。",
            $"本人名下{c.Pick("房屋", "土地及房屋", "車輛")}之稅單均寄至舊址{c.Applicant.Address}，常無法收到。"));
        page.Paragraph(c.Pick(
            $"請{c.You()}將本人{c.Pick("房屋稅、地價稅", "使用牌照稅", "所有地方稅")}之繳款書送達地址變更為{newAddress}。",
            $"以後之{c.Pick("房屋稅", "地價稅", "稅單")}請寄至上述新址，以免逾期繳納遭受處罰。",
            "請更新送達地址資料，謝謝。"));
        page.Paragraph($"{c.Pick("房屋稅籍編號", "稅籍編號")}：{c.HouseTaxNumber}{(c.Chance(0.4) ? $"；車牌號碼：{c.Plate}" : string.Empty)}");
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent EBillForm(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Pick("地方稅電子繳款書申請書", "電子繳款書及送達地址變更申請書", "地方稅繳款書寄送方式變更申請書"));
        var mail = $"{c.Pick("chen", "lin", "wang", "huang", "tsai", "yang", "hsu")}{c.Next(1, 9999)}@{c.Pick("gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net")}";
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, "納稅義務人"),
                ["行動電話", $"09{c.Next(10, 90)}-{c.Next(100, 1000)}-{c.Next(100, 1000)}", "電子郵件", mail],
                [c.Pick("原送達地址", "戶籍地址"), c.Applicant.Address],
            ],
            [0.2f, 0.3f, 0.2f, 0.3f]);
        page.Space(8).Line("申請項目：");
        page.Line(c.Pick("■申請電子繳款書（以電子郵件寄送，停止寄送紙本）", "□申請電子繳款書"), 0.3f);
        page.Line(c.Pick("■變更送達地址", "□變更送達地址"), 0.3f);
        page.Line(c.Pick("□終止電子繳款書，恢復寄送紙本", "□取消電子繳款書"), 0.3f);
        page.Space(4).Line($"適用稅目：{TaxList(c)}");
        page.Line($"新送達地址：{c.Faker.Address(c.County)}");
        page.Space(6).Paragraph(c.Pick(
            "※申請電子繳款書後，稽徵機關將於開徵前以電子郵件通知，不再寄送紙本繳款書。",
            "※電子郵件信箱變更時，請另行申請變更，以免漏收繳款通知。",
            "※本申請自次期開徵之稅目起生效。"), firstIndentEm: 0f);
        DocumentParts.Closing(page, c);
        return page.Build();
    }
}
