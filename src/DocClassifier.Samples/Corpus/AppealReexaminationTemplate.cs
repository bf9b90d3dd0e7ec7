namespace DocClassifier.Samples.Corpus;

// 復查申請 (稅捐稽徵法 art. 35): an objection to an assessment within 30 days after the payment
// period, with facts, reasons and evidence; often written by a lawyer or accountant. Asks for
// the assessment to be revoked, and money back, like a refund request.
internal sealed class AppealReexaminationTemplate() : LayoutTemplate(
    SampleLabels.AppealReexamination, [AttachmentKind.TaxBillCopy, AttachmentKind.IdCardCopy],
    ("formal-form", FormalForm), ("lawyer-letter", LawyerLetter), ("taxpayer-letter", TaxpayerLetter))
{
    private static readonly string[] Titles = ["復查申請書", "稅捐復查申請書", "申請復查書", "行政救濟（復查）申請書"];

    private static readonly string[] Taxes = ["房屋稅", "房屋稅", "地價稅", "地價稅", "土地增值稅", "契稅", "使用牌照稅", "娛樂稅"];

    private static readonly string[] AttachmentPool =
        ["核定稅額繳款書影本", "委任書", "現場照片", "租賃契約書影本", "戶籍謄本", "建物測量成果圖", "相關判決影本"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = c.Faker.PickOf(Taxes);

    private static string Dispute(SampleContext c) => c.TaxTopic switch
    {
        "房屋稅" => c.Pick(
            $"原核定將本人{c.PropertyAddress()}房屋（稅籍編號{c.HouseTaxNumber}）按非自住住家用稅率課徵，惟該屋實際由本人居住，核定顯有違誤。",
            $"原處分認定房屋構造等級及路段率有誤，致{c.RocYear}年期房屋稅核定稅額過高。",
            "原核定將一樓部分認定為營業用，實則該處僅供自家停車，並無營業事實。"),
        "地價稅" => c.Pick(
            $"{c.Parcel()}土地原經核准按自用住宅用地稅率課徵，{c.You()}以戶籍遷出為由改按一般用地稅率補徵，惟本人配偶仍設籍該址。",
            "原核定將公共設施保留地按一般用地稅率課徵地價稅，與土地稅法第19條規定不符。"),
        "土地增值稅" => c.Pick(
            "原核定之前次移轉現值認定錯誤，未扣除本人所繳納之工程受益費及土地改良費用。",
            "本人出售之土地符合自用住宅用地要件，原處分否准按10%稅率課徵，實有未洽。"),
        "契稅" => "原核定以房屋評定現值調整後之價格課徵契稅，惟評定現值之計算基礎有誤。",
        "使用牌照稅" => $"車號{c.Plate}車輛早已失竊並報案，原處分仍核定補徵使用牌照稅，顯屬違誤。",
        _ => "原核定之娛樂稅銷售額包含非屬娛樂票價之餐飲收入，核課基礎有誤。",
    };

    private static string Request(SampleContext c) => c.Pick(
        "請求撤銷原核定處分，另為適法之處分。",
        "請將原處分撤銷，並退還已繳納之稅款。",
        $"請准予重新核定{c.TaxTopic}，並退還溢繳部分。",
        "原核定稅額請予註銷。");

    private static PageContent FormalForm(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var from = c.Date.AddDays(-c.Next(40, 70));
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, c.Pick("申請人", "納稅義務人")),
                DocumentParts.AddressRow(c),
                DocumentParts.ContactRow(c),
                ["稅目", c.TaxTopic, "年度（期）", $"{c.RocYear - c.Next(0, 2)}年"],
                [c.Pick("繳款書銷帳編號", "核定通知書文號"), c.BillNumber, "核定稅額", c.Amount(c.Faker.Money(2_000, 300_000))],
                ["繳納期間", $"{RocDates.Format(from, RocDateStyle.Slash)}至{RocDates.Format(from.AddDays(30), RocDateStyle.Slash)}"],
            ],
            [0.2f, 0.3f, 0.2f, 0.3f]);
        page.Space(8).Line($"{c.Pick("請求事項", "申請復查之請求")}：").Paragraph(Request(c));
        page.Space(4).Line($"{c.Pick("事實及理由", "不服之事實及理由")}：");
        page.Hanging("一、", Dispute(c), 0.2f);
        page.Hanging("二、", c.Pick(
            "依稅捐稽徵法第35條規定，於繳款書所載繳納期間屆滿之翌日起30日內申請復查。",
            "爰依稅捐稽徵法第35條第1項規定，檢附證據申請復查。"), 0.2f);
        page.Hanging("三、", c.Pick("證據：如附件所示。", "證據清單：繳款書影本、現場照片及相關證明文件。"), 0.2f);
        if (c.Chance(0.4))
        {
            page.Space(4).Line($"代理人：{c.Faker.PersonName()}{DocumentParts.Blank}{c.Pick("律師", "會計師", "記帳士")}{DocumentParts.Blank}電話：{c.Faker.Phone(c.County)}");
        }

        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent LawyerLetter(SampleContext c)
    {
        var lawyer = c.Faker.PersonName();
        var accountant = c.Chance(0.3);
        var title = accountant ? "會計師" : "律師";
        var firm = $"{c.Pick("正義", "誠信", "永信", "明德", "博仁", "宏道")}{(accountant ? "會計師事務所" : c.Pick("法律事務所", "聯合法律事務所"))}";
        var page = DocumentParts.TitledPage(c, 20f, 6, "復查申請書", "行政救濟申請書", "申請書");

        page.Line($"申請人：{c.Applicant.Name}{DocumentParts.Blank}身分證統一編號：{c.Applicant.NationalId}");
        page.Line($"代理人：{lawyer}{DocumentParts.Blank}{title}{DocumentParts.Blank}{firm}");
        page.Space(4).Hanging("為", $"不服{c.You()}{c.RocYear}年{c.Next(1, 13)}月{c.Next(1, 29)}日{c.Pick("核定", "所為")}之{c.TaxTopic}{c.Pick("核定處分", "補徵處分", "繳款書")}（銷帳編號{c.BillNumber}），依法申請復查事：");
        page.Space(4).Line("請求事項：").Paragraph(Request(c));
        page.Line("事實及理由：");
        page.Hanging("一、", Dispute(c), 0.2f);
        page.Hanging("二、", c.Pick(
            "按稅捐之核課應以實質課稅原則為準，原處分未詳查事實，遽予核課，於法未合。",
            "查原處分機關未依職權調查有利於申請人之事證，違反行政程序法第9條及第36條規定。",
            "申請人已提出相關證明文件，足證原處分認事用法均有違誤。"), 0.2f);
        page.Hanging("三、", "綜上所述，懇請" + c.You() + c.Pick("撤銷原處分，以維權益。", "重新審酌，准予所請。", "依稅捐稽徵法第35條規定予以復查，並撤銷原核定。"), 0.2f);
        DocumentParts.Attachments(page, c, AttachmentPool);
        page.Space(6).Line("此致").Line(c.Bureau);
        page.Space(10).Line($"具狀人：{c.Applicant.Name}", 2.6f).Line($"代理人：{lawyer}{DocumentParts.Blank}{c.Pick(title, "（簽章）")}", 2.6f);
        DocumentParts.DateLine(page, c);
        return page.Build();
    }

    private static PageContent TaxpayerLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "陳情書", "申請書", "復查申請");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：")).Space(4);
        page.Paragraph($"本人於{c.DateText(c.Date.AddDays(-c.Next(15, 45)))}收到{c.You()}寄發之{c.RocYear}年{c.TaxTopic}{c.Pick("繳款書", "核定稅額通知書", "補徵稅款繳款書")}，{c.Pick("對核定內容不服", "認為核定有誤", "實難甘服")}。");
        page.Paragraph(Dispute(c));
        page.Paragraph(c.Pick(
            "本人已於繳納期限內繳清稅款，但仍請依稅捐稽徵法第35條規定重新核定。",
            "依稅捐稽徵法第35條規定，於法定期間內申請復查。",
            $"懇請{c.You()}重新查核，撤銷原核定，並退還多繳之稅款。"));
        page.Paragraph($"銷帳編號：{c.BillNumber}");
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, c.Pick("申請人", "陳情人"));
        return page.Build();
    }
}
