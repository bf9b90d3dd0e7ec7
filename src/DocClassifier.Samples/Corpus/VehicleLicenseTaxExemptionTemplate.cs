namespace DocClassifier.Samples.Corpus;

// 使用牌照稅免稅申請 (使用牌照稅法 art. 7): mostly a vehicle of or for a person with disabilities,
// one vehicle per person, cars up to 2,400 cc and motorcycles up to 150 cc.
internal sealed class VehicleLicenseTaxExemptionTemplate() : LayoutTemplate(
    SampleLabels.VehicleLicenseTaxExemption, [AttachmentKind.DisabilityCertificateCopy, AttachmentKind.IdCardCopy, AttachmentKind.HouseholdRegisterCopy],
    ("form-grid", c => FormGrid(c, Vehicle.Draw(c))),
    ("free-letter", c => FreeLetter(c, Vehicle.Draw(c))), ("two-part-form", c => TwoPartForm(c, Vehicle.Draw(c))))
{
    private static readonly string[] Titles =
        ["使用牌照稅免稅申請書", "身心障礙者使用車輛免徵使用牌照稅申請書", "使用牌照稅減免申請書", "申請使用牌照稅免稅"];

    private static readonly string[] Relations = ["本人", "配偶", "同一戶籍二親等以內親屬", "監護人"];

    private static readonly string[] Makes = ["TOYOTA", "HONDA", "NISSAN", "MITSUBISHI", "FORD", "MAZDA", "LUXGEN", "SUZUKI", "光陽", "三陽", "山葉"];

    private static readonly string[] AttachmentPool =
        ["身心障礙證明影本", "行車執照影本", "身分證影本", "戶口名簿影本", "車主與身心障礙者關係證明", "委託書"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "使用牌照稅";

    private static string Law(SampleContext c) => c.Pick(
        "依使用牌照稅法第7條第1項第8款規定申請免徵使用牌照稅。",
        "請依使用牌照稅法第7條規定准予免徵使用牌照稅。",
        "依使用牌照稅法第七條規定，身心障礙者所有或為其使用之車輛，每人以一輛為限，申請免稅。");

    private static PageContent FormGrid(SampleContext c, Vehicle v)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, c.Pick("車主", "納稅義務人", "車輛所有人")),
                DocumentParts.ContactRow(c),
                DocumentParts.AddressRow(c),
                [c.Pick("車牌號碼", "牌照號碼"), c.Plate, "車種", v.Kind],
                ["廠牌", v.Make, c.Pick("排氣量", "汽缸總排氣量"), $"{v.Cc} cc"],
                ["身心障礙者姓名", v.Disabled, "身分證統一編號", v.DisabledId],
                ["障礙等級", v.Level, "與車主關係", v.Relation],
            ],
            [0.2f, 0.3f, 0.2f, 0.3f]);
        page.Space(8).Line($"{c.Pick("申請事由", "說明")}：").Paragraph(Law(c));
        page.Paragraph(c.Pick(
            "本車專供身心障礙者本人使用，且該身心障礙者名下無其他免徵使用牌照稅之車輛。",
            $"原免稅車輛{c.Faker.Plate()}已於{c.DateText(c.Date.AddDays(-c.Next(3, 40)))}過戶，改以本車申請免稅。",
            "身心障礙證明有效期限屆滿重新鑑定，檢附新證明申請續予免稅。",
            "車輛汽缸總排氣量未超過2,400立方公分。"));
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Declaration(page, c);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent FreeLetter(SampleContext c, Vehicle v)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "申請書", "陳情書", "免稅申請書");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：", $"{c.Bureau}{DocumentParts.Blank}鈞鑒：")).Space(4);
        page.Paragraph(v.Relation == "本人"
            ? $"本人{c.Applicant.Name}領有{v.Level}身心障礙證明，名下{v.Kind}一輛（車牌號碼{c.Plate}，{v.Make}，排氣量{v.Cc}cc）供本人{c.Pick("就醫", "上下班", "日常生活")}使用。"
            : $"本人{c.Applicant.Name}之{c.Pick("父親", "母親", "兒子", "女兒", "配偶")}{v.Disabled}領有{v.Level}身心障礙證明，本人名下{v.Kind}（車號{c.Plate}，{v.Cc}cc）專供其{c.Pick("就醫復健", "往返安養機構", "日常行動")}使用，與本人同一戶籍。");
        page.Paragraph(Law(c));
        page.Paragraph(c.Pick(
            $"懇請{c.You()}准予自{c.DateText()}起免徵使用牌照稅，如已繳納之稅款請予退還。",
            $"敬請{c.You()}惠予辦理，相關證明文件影本隨函檢附。",
            $"因家中經濟負擔沉重，懇請{c.You()}體恤，准予免稅，不勝感激。"));
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, c.Pick("申請人", "車主", "具申請人"));
        return page.Build();
    }

    private static PageContent TwoPartForm(SampleContext c, Vehicle v)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        page.Line(c.Pick("一、身心障礙者資料", "【身心障礙者】"), bold: true);
        page.Grid(
            [
                ["姓名", v.Disabled, "身分證統一編號", v.DisabledId],
                ["障礙類別", $"第{c.Next(1, 9)}類", "障礙等級", v.Level],
                ["證明有效期限", RocDates.Format(c.Date.AddYears(c.Next(1, 6)), RocDateStyle.Slash), "戶籍地址", c.Applicant.Address],
            ],
            [0.2f, 0.25f, 0.2f, 0.35f]);
        page.Space(8).Line(c.Pick("二、車輛資料", "【申請免稅車輛】"), bold: true);
        page.Grid(
            [
                ["車主姓名", c.Applicant.Name, "車主身分證字號", c.Applicant.NationalId],
                ["牌照號碼", c.Plate, "廠牌型式", v.Make],
                ["車種", v.Kind, "排氣量", $"{v.Cc}立方公分"],
            ],
            [0.2f, 0.25f, 0.2f, 0.35f]);
        page.Space(8).Line(c.Pick("三、車主與身心障礙者關係", "【關係】"), bold: true);
        page.Paragraph(DocumentParts.Checkboxes(c, Relations, Array.IndexOf(Relations, v.Relation)), firstIndentEm: 1f);
        page.Space(6).Paragraph(c.Pick(
            "※每一身心障礙者以一輛為限；車輛過戶、報廢或身心障礙證明失效時應即通知稽徵機關。",
            "※免稅車輛如非供身心障礙者使用，經查獲者應補徵稅款。",
            "※機車排氣量150立方公分以下，汽車2,400立方公分以下者全額免稅。"), firstIndentEm: 0f);
        page.Paragraph(Law(c), firstIndentEm: 0f);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private sealed record Vehicle(string Kind, string Make, int Cc, string Disabled, string DisabledId, string Level, string Relation)
    {
        public static Vehicle Draw(SampleContext c)
        {
            var motorcycle = c.Chance(0.2);
            var relation = c.Chance(0.5) ? "本人" : c.Faker.PickOf(Relations[1..]);
            return new Vehicle(
                motorcycle ? c.Pick("普通重型機車", "輕型機車") : c.Pick("自用小客車", "自用小客車", "自用小貨車", "自用小客貨兩用車"),
                motorcycle ? c.Faker.PickOf(Makes[8..]) : c.Faker.PickOf(Makes[..8]),
                motorcycle ? c.Faker.PickOf([110, 124, 125, 149]) : c.Faker.PickOf([1198, 1497, 1598, 1798, 1987, 1997, 2359, 2488]),
                relation == "本人" ? c.Applicant.Name : c.Faker.PersonName(),
                relation == "本人" ? c.Applicant.NationalId : c.Faker.NationalId(),
                c.Pick("輕度", "中度", "重度", "極重度"),
                relation);
        }
    }
}
