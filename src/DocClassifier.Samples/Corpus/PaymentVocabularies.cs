namespace DocClassifier.Samples.Corpus;

// Money and paperwork after a bill: refunds, objections, paying later, where bills are sent.
internal static class PaymentVocabularies
{
    public static ClassVocabulary TaxRefund { get; } = new(
        SampleLabels.TaxRefundRequest,
        ["退稅", "退稅申請", "溢繳稅款退還", "重複繳納退稅", "誤繳稅款退還", "稅款退還", "申請退還溢繳稅款", "退還稅款"],
        c =>
        [
            (c.Pick("稅目", "稅別"), c.TaxTopic),
            (c.Pick("銷帳編號", "繳款書編號"), c.BillNumber),
            (c.Pick("繳納日期", "繳款日期"), c.DateText(c.Date.AddDays(-c.Next(15, 200)))),
            (c.Pick("申請退還金額", "溢繳金額", "應退稅額"), c.Amount(c.Faker.Money(300, 40_000))),
            (c.Pick("退款方式", "退稅方式"), c.Pick("匯入帳戶", "開立支票", "抵繳其他稅款", "郵局帳戶")),
            (c.Pick("金融機構帳號", "匯款帳號"), c.Faker.BankAccount(c.Applicant.Name, c.Town).Number),
        ],
        c => c.Pick(
            $"申請退還{c.RocYear}年{c.TaxTopic}溢繳稅款。",
            $"本人{c.TaxTopic}重複繳納，請准予退還。",
            $"請依稅捐稽徵法第28條規定退還多繳之{c.TaxTopic}並加計利息。",
            $"{c.TaxTopic}（銷帳編號{c.BillNumber}）誤繳，申請退稅。",
            "依土地稅法第35條規定，申請重購自用住宅用地退還已納土地增值稅。",
            $"本人出售自用住宅用地後{c.Pick("一", "二")}年內重購，請退還原繳土地增值稅{c.Amount(c.Faker.Money(20_000, 900_000))}。",
            $"申請退還{c.RocYear - 1}年至{c.RocYear}年多繳之{c.TaxTopic}。"),
        c => c.Pick(
            "同一期稅款於超商及銀行各繳納一次，重複繳納。",
            "經核准改按優惠稅率課徵，原已繳納之差額請退還。",
            "車輛已報廢，已繳之全年稅款請按未使用日數退還。",
            "買賣契約解除，尚未辦理移轉登記，已繳稅款請退還。",
            "退稅款請匯入本人帳戶，存摺封面影本如附。",
            "原出售之土地已按自用住宅用地稅率繳納土地增值稅，新購土地地價超過原出售土地地價扣除增值稅後之餘額。",
            "已於出售後兩年內完成新購土地移轉登記，並辦竣戶籍登記，符合重購退稅規定。",
            "經查核定稅額有誤，溢繳部分請依法退還並加計利息。"),
        ["繳款書收據影本", "存摺封面影本", "身分證影本", "車輛報廢證明", "解除契約協議書", "新購土地所有權狀影本", "原出售土地增值稅繳款書影本"]);

    public static ClassVocabulary Appeal { get; } = new(
        SampleLabels.AppealReexamination,
        ["復查申請", "申請復查", "復查申請書", "稅捐復查", "行政救濟復查", "不服核定申請復查", "復查"],
        c =>
        [
            (c.Pick("不服之處分", "原核定稅目", "稅目"), $"{c.RocYear}年{c.TaxTopic}"),
            (c.Pick("繳款書編號", "銷帳編號", "核定通知書文號"), c.BillNumber),
            (c.Pick("繳納期間屆滿日", "繳納期限"), c.DateText(c.Date.AddDays(-c.Next(3, 28)))),
            (c.Pick("核定稅額", "原核定應納稅額"), c.Amount(c.Faker.Money(2_000, 300_000))),
            (c.Pick("申請人主張稅額", "請求更正為"), c.Amount(c.Faker.Money(0, 2_000))),
        ],
        c => c.Pick(
            $"不服{c.You()}核定{c.RocYear}年{c.TaxTopic}，依稅捐稽徵法第35條申請復查。",
            $"為{c.TaxTopic}核定稅額不服，於法定期間內申請復查，請撤銷原核定。",
            $"請重新核定本人{c.TaxTopic}，撤銷原處分。",
            "依法提起復查，請更正原核定稅額。"),
        c => c.Pick(
            "原核定認事用法顯有違誤，所列課稅面積與事實不符。",
            "原處分未審酌本人已提出之證據，核定稅額過高。",
            "房屋已於年度開始前停止營業，不應按非住家用稅率課徵。",
            "申請人於繳納期間屆滿之翌日起三十日內提出復查，理由詳如後述。",
            $"事實及理由：{c.Pick("課稅現值評定過高", "使用情形認定錯誤", "未適用減免規定")}。"),
        ["繳款書影本", "證據資料", "委任狀", "現場照片", "營業登記證明"]);

    public static ClassVocabulary Installment { get; } = new(
        SampleLabels.InstallmentOrDeferral,
        ["延期繳納", "分期繳納", "延期或分期繳納", "稅款分期", "申請延期繳納稅款", "分期繳納稅款", "緩繳稅款"],
        c =>
        [
            (c.Pick("稅目", "應納稅目"), c.TaxTopic),
            (c.Pick("應納稅額", "應繳稅款"), c.Amount(c.Faker.Money(10_000, 600_000))),
            (c.Pick("原繳納期限", "繳納期間"), c.DateText(c.Date.AddDays(c.Next(3, 40)))),
            (c.Pick("申請分期期數", "分期期數", "延期期間"), c.Pick("3期", "6期", "12期", "24期", "延期三個月", "延期二個月")),
            (c.Pick("申請原因", "事由"), c.Pick("天災", "事業經營困難", "失業", "重大疾病", "颱風受災")),
        ],
        c => c.Pick(
            $"本人無法於期限內一次繳清{c.TaxTopic}，申請分{c.Pick("6", "12", "24")}期繳納。",
            $"申請{c.RocYear}年{c.TaxTopic}延期三個月繳納。",
            "依稅捐稽徵法第26條規定申請延期或分期繳納稅款，請核准。",
            $"請准予{c.TaxTopic}分期繳納，以減輕經濟負擔。"),
        c => c.Pick(
            "因遭受颱風災害，財物損失嚴重，一時無力繳納。",
            "因經濟困難、家中有重病家屬，確有困難不能於法定期間內繳清。",
            "公司營運困難，資金周轉不靈，請准予分期。",
            "本人目前失業中，收入中斷，懇請准予延期繳納。"),
        ["繳款書影本", "受災證明", "診斷證明書", "財務報表", "薪資證明"]);

    public static ClassVocabulary MailingAddress { get; } = new(
        SampleLabels.MailingAddressChange,
        ["變更送達地址", "送達地址變更", "通訊地址變更", "變更稅單寄送地址", "申請電子稅單", "稅單送達地址變更", "地址變更"],
        c =>
        [
            (c.Pick("原送達地址", "舊地址", "變更前地址"), c.Faker.Address(c.County)),
            (c.Pick("新送達地址", "新地址", "變更後地址"), c.Applicant.Address),
            (c.Pick("適用稅目", "變更稅目"), c.Pick("房屋稅、地價稅", "全部稅目", "使用牌照稅", "房屋稅", "地價稅")),
            (c.Pick("稅籍編號", "房屋稅籍編號"), c.HouseTaxNumber),
            (c.Pick("電子郵件", "E-mail"), $"{c.Pick("chen", "lin", "wang", "huang", "tsai")}{c.Next(10, 999)}@{c.Pick("gmail.com", "yahoo.com.tw", "hotmail.com")}"),
        ],
        c => c.Pick(
            "申請變更各項地方稅稅單送達地址。",
            "本人已遷居，今後稅單請寄至新地址。",
            $"請將房屋稅及地價稅繳款書改寄{c.Applicant.Address}。",
            "申請改以電子郵件寄送稅單（電子稅單），停止寄送紙本。"),
        c => c.Pick(
            "因搬家，原地址已無人收信，避免稅單無法送達。",
            "稅單請寄送至新住所，以免逾期繳納。",
            "本人常年在外地工作，請改寄工作地址。",
            "同意以電子方式送達，並以所留電子郵件為準。",
            "年紀大了搬去和兒女同住，老家沒有人住，怕收不到稅單。",
            "原住所已出售，戶籍暫未遷出，稅單請改寄現住地址。"),
        ["身分證影本", "委託書", "戶籍謄本", "公司變更登記表"]);
}
