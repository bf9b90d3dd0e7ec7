namespace DocClassifier.Samples.Corpus;

// 退稅申請 (稅捐稽徵法 art. 28): money back for tax paid twice, paid in excess after a rate change,
// or for a vehicle scrapped mid-period. Mentions 房屋稅, 稅籍編號 and 自用住宅 like a relief
// application, and bills and deadlines like an appeal or an instalment request.
internal sealed class TaxRefundRequestTemplate() : LayoutTemplate(
    SampleLabels.TaxRefundRequest, [AttachmentKind.PassbookCover, AttachmentKind.TaxBillCopy, AttachmentKind.IdCardCopy],
    ("form-grid", FormGrid), ("free-letter", FreeLetter), ("short-note", ShortNote))
{
    private static readonly string[] Titles = ["退稅申請書", "申請退還溢繳稅款申請書", "地方稅退稅申請書", "溢（誤）繳稅款退還申請書"];

    private static readonly string[] Taxes = ["房屋稅", "房屋稅", "房屋稅", "地價稅", "地價稅", "使用牌照稅", "契稅", "土地增值稅"];

    private static readonly string[] Methods = ["匯入申請人帳戶", "開立支票", "抵繳其他應納稅款"];

    private static readonly string[] AttachmentPool =
        ["繳款書收據聯影本", "存摺封面影本", "身分證影本", "車輛報廢證明", "解除契約協議書", "委託書", "印鑑證明"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = c.Faker.PickOf(Taxes);

    private static string Reason(SampleContext c)
    {
        var paid = c.DateText(c.Date.AddDays(-c.Next(10, 200)));
        return c.TaxTopic switch
        {
            "房屋稅" => c.Pick(
                $"本人所有{c.PropertyAddress()}房屋（稅籍編號{c.HouseTaxNumber}），經{c.You()}核准自{c.RocYear}年期起按自住住家用稅率課徵，惟本人已於{paid}按原稅額繳納，溢繳差額請予退還。",
                $"{c.RocYear}年期房屋稅（稅籍編號{c.HouseTaxNumber}）本人已於{paid}在超商繳納，家人不知情又於銀行臨櫃重複繳納一次，請退還重複繳納之稅款。",
                $"房屋（稅籍編號{c.HouseTaxNumber}）課稅面積經重新丈量減少，原核定稅額有誤，請依稅捐稽徵法第28條規定退還溢繳稅款。"),
            "地價稅" => c.Pick(
                $"本人所有{c.Parcel()}土地經核准按自用住宅用地稅率課徵，惟{c.RocYear}年地價稅仍按一般用地稅率繳納，請退還溢繳之稅款。",
                $"{c.RocYear}年地價稅已於{paid}繳納完畢，嗣因重複繳納，請依規定退還。"),
            "使用牌照稅" => c.Pick(
                $"本人所有車號{c.Plate}車輛已於{paid}辦理{c.Pick("報廢", "繳銷牌照", "過戶")}，已繳納之全年使用牌照稅請按未使用日數退還。",
                $"車號{c.Plate}之使用牌照稅本人已重複繳納，請退還多繳部分。"),
            _ => c.Pick(
                $"本人與{c.Faker.PersonName()}之{c.Pick("買賣契約已合意解除", "移轉案件已撤回")}，尚未辦理所有權移轉登記，已繳納之{c.TaxTopic}請予退還。",
                $"{c.TaxTopic}經核定後重新計算，原繳稅額溢繳，請依稅捐稽徵法第28條規定退還。"),
        };
    }

    private static string ShortReason(SampleContext c) => c.TaxTopic switch
    {
        "房屋稅" => c.Pick("重複繳納", "經核准改按自住住家用稅率", "面積更正", "溢繳"),
        "地價稅" => c.Pick("重複繳納", "經核准改按自用住宅用地稅率", "溢繳"),
        "使用牌照稅" => c.Pick("車輛報廢", "繳銷牌照", "重複繳納"),
        _ => c.Pick("契約解除", "撤回移轉", "重複繳納", "計算錯誤"),
    };

    private static PageContent FormGrid(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var account = c.Faker.BankAccount(c.Applicant.Name, c.Town);
        var amount = c.Faker.Money(300, 40_000);
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, c.Pick("納稅義務人", "申請人")),
                DocumentParts.ContactRow(c),
                DocumentParts.AddressRow(c),
                ["稅目", c.TaxTopic, "年期", $"{c.RocYear - c.Next(0, 2)}年"],
                ["銷帳編號", c.BillNumber, "繳納日期", RocDates.Format(c.Date.AddDays(-c.Next(10, 120)), RocDateStyle.Slash)],
                [c.Pick("申請退稅金額", "溢繳金額", "退還金額"), c.Amount(amount), c.Pick("稅籍編號", "車牌號碼或地號"), c.TaxTopic == "使用牌照稅" ? c.Plate : c.HouseTaxNumber],
            ],
            [0.18f, 0.32f, 0.2f, 0.3f]);
        page.Space(8).Line($"{c.Pick("申請原因", "退稅原因", "說明")}：").Paragraph(Reason(c));
        page.Space(4).Line($"退稅方式：{DocumentParts.Checkboxes(c, Methods, c.Chance(0.8) ? 0 : 1)}");
        page.Grid(
            [
                ["金融機構", $"{account.Bank}{account.Branch}", "代號", account.BankCode],
                ["戶名", account.Holder, "帳號", account.Number],
            ],
            [0.15f, 0.4f, 0.1f, 0.35f],
            size: 10.5f);
        page.Space(4).Paragraph(c.Pick(
            "依稅捐稽徵法第28條規定申請退還，並請依規定加計利息。",
            "退稅款請匯入上列本人帳戶，帳戶須為納稅義務人本人所有。",
            "如有欠繳其他稅款，同意先行抵繳。"), firstIndentEm: 0f);
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent FreeLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "申請書", "退稅申請書", "陳情書");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：", $"主旨：申請退還{c.TaxTopic}溢繳稅款。")).Space(4);
        page.Paragraph(Reason(c));
        page.Paragraph($"{c.Pick("繳款書銷帳編號", "銷帳編號")}：{c.BillNumber}，{c.Pick("繳納金額", "已繳金額")}{c.Amount(c.Faker.Money(500, 30_000))}。");
        var account = c.Faker.BankAccount(c.Applicant.Name, c.Town);
        page.Paragraph(c.Pick(
            $"退款請匯入本人{account.Bank}{account.Branch}帳戶（帳號{account.Number}），存摺影本如附。",
            $"請{c.You()}將應退稅款匯入本人帳戶：{account.Bank}，帳號{account.Number}。",
            "退款請以支票郵寄至本人通訊地址。"));
        page.Paragraph(c.Pick(
            $"懇請{c.You()}查明後惠予退還，謝謝。",
            "依稅捐稽徵法第28條規定，請准予退稅並加計利息。",
            $"敬請{c.You()}儘速辦理退稅。"));
        DocumentParts.Closing(page, c, c.Pick("申請人", "納稅義務人", "陳情人"));
        return page.Build();
    }

    private static PageContent ShortNote(SampleContext c)
    {
        var page = new PageBuilder(13f);
        if (c.WithTitle)
        {
            page.Line(c.Pick("申請退稅", "退稅申請", "【退稅】"), size: 18f, bold: true).Space(6);
        }

        var account = c.Faker.BankAccount(c.Applicant.Name, c.Town);
        page.Line($"姓名：{c.Applicant.Name}")
            .Line($"身分證字號：{c.Applicant.NationalId}")
            .Line($"稅目：{c.TaxTopic}{DocumentParts.Blank}{c.RocYear}年")
            .Line($"銷帳編號：{c.BillNumber}")
            .Line($"{c.Pick("退還金額", "應退金額", "多繳金額")}：{c.Amount(c.Faker.Money(200, 20_000))}")
            .Space(6).Line($"原因：{ShortReason(c)}")
            .Space(6).Line($"{c.Pick("退款帳戶", "匯款帳戶")}：{account.Bank} {account.Branch}")
            .Line($"帳號：{account.Number}{DocumentParts.Blank}戶名：{account.Holder}")
            .Space(6).Line($"聯絡電話：{c.Applicant.Phone}");
        page.Space(14).Line(c.Pick("麻煩您了，謝謝！", "存摺影本附後。", "請協助辦理，感謝。"));
        DocumentParts.Signature(page, c);
        return page.Build();
    }
}
