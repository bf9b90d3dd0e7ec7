namespace DocClassifier.Samples.Corpus;

// 房屋稅減免申請 (房屋稅條例 art. 5, 8, 15): self-use rate, disaster damage, arcades, reserve land.
// Shares 房屋稅, 稅籍編號 and 自用住宅 with house-tax refund requests on purpose.
internal sealed class HouseTaxReliefTemplate() : LayoutTemplate(
    SampleLabels.HouseTaxRelief, [AttachmentKind.IdCardCopy, AttachmentKind.TaxBillCopy, AttachmentKind.HouseholdRegisterCopy],
    ("form-grid", FormGrid), ("free-letter", FreeLetter), ("multi-house-table", MultiHouseTable))
{
    private static readonly string[] Titles =
        ["房屋稅減免申請書", "房屋稅減免稅申請書", "房屋稅減徵、免徵申請書", "申請房屋稅減免書", "房屋稅自住住家用稅率暨減免申請書"];

    private static readonly string[] Options = ["自住住家用稅率", "災害毀損減免", "騎樓供公眾通行", "公共設施保留地", "停止課徵（不堪居住）"];

    private static readonly string[] AttachmentPool =
        ["身分證影本", "建物所有權狀影本", "戶口名簿影本", "公所災害證明", "現場照片", "使用執照影本", "房屋稅繳款書影本", "委託書"];


    // The reason as the taxpayer states it, and the article it relies on.
    private static string Reason(SampleContext c, int option, string address, string taxNumber)
    {
        var house = c.Pick($"坐落{address}之房屋", $"所有{address}房屋一棟", $"{address}之房屋（稅籍編號{taxNumber}）");
        var disaster = c.Pick("凱米颱風", "山陀兒颱風", "杜蘇芮颱風", "卡努颱風", "豪雨", "火災", "地震");
        return option switch
        {
            0 => $"本人{house}，{c.Pick("由本人、配偶及直系親屬實際居住使用", "供本人及家屬自住", "確供自住使用")}，且{c.Pick("已於該址辦竣戶籍登記", "本人已設籍於該址")}，{c.Pick("無出租或供營業使用", "未出租亦未供營業使用")}，依房屋稅條例第5條規定申請按自住住家用稅率課徵房屋稅。",
            1 => $"本人{house}於{c.DateText(c.Date.AddDays(-c.Next(10, 120)))}因{disaster}致{c.Pick("屋頂", "外牆", "二樓", "廚房及臥室")}{c.Pick("嚴重毀損", "倒塌", "燒毀")}，毀損面積{c.Pick("占整棟房屋現值三成以上", "超過五成", "達百分之四十")}，依房屋稅條例第15條第2項規定申請減徵房屋稅。",
            2 => $"本人{house}之一樓騎樓{c.Pick("約", "計")}{c.Next(8, 40)}.{c.Next(0, 10)}平方公尺，{c.Pick("全部供公眾通行", "無任何堆置物品，供行人通行使用")}，依房屋稅條例第15條規定申請減半徵收該部分房屋稅。",
            3 => $"本人{house}坐落都市計畫公共設施保留地內，{c.Pick("目前仍供自住使用", "無出租營業")}，依房屋稅條例第15條第1項規定申請免徵房屋稅。",
            _ => $"本人{house}因{c.Pick("年久失修", disaster + "侵襲")}已{c.Pick("毀損不堪居住", "無法居住使用")}，{c.Pick("現已無人居住", "水電均已停用")}，依房屋稅條例第8條規定申請停止課徵房屋稅。",
        };
    }

    private static PageContent FormGrid(SampleContext c)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var option = c.Next(0, Options.Length);
        var taxNumber = c.HouseTaxNumber;
        var address = c.PropertyAddress();
        List<IReadOnlyList<string>> rows =
        [
            DocumentParts.ApplicantRow(c, c.Pick("納稅義務人", "所有權人", "申請人")),
            DocumentParts.ContactRow(c),
            [c.Pick("房屋稅籍編號", "稅籍編號"), taxNumber, c.Pick("使用情形", "現況"), option == 0 ? c.Pick("自住", "本人自用") : c.Pick("住家用", "住家")],
            [c.Pick("房屋坐落", "房屋門牌", "房屋地址"), address],
            DocumentParts.AddressRow(c),
        ];
        if (c.Chance(0.6))
        {
            rows.Add(["構造別", c.Pick("鋼筋混凝土造", "加強磚造", "磚造", "鋼骨造"), "課稅面積", $"{c.Next(40, 260)}.{c.Next(0, 100):00} 平方公尺"]);
        }

        if (c.Chance(0.5))
        {
            rows.Add([c.Pick("持分", "權利範圍"), c.Pick("全部", "1/2", "1/3", "2/5"), c.Pick("戶籍", "設籍人口"), $"{c.Next(1, 7)}人"]);
        }

        page.Space(4).Grid(rows, [0.18f, 0.32f, 0.2f, 0.3f]);
        page.Space(10).Line($"{c.Pick("申請項目", "申請減免項目", "減免原因")}：");
        page.Paragraph(DocumentParts.Checkboxes(c, Options, option), firstIndentEm: 1f);
        page.Space(6).Line($"{c.Pick("申請事由", "說明", "事實及理由")}：").Paragraph(Reason(c, option, address, taxNumber));
        if (c.Chance(0.4))
        {
            page.Paragraph(c.Pick(
                $"如本年度房屋稅已繳納，請{c.You()}核定後退還溢繳稅款。",
                "核准後請自次期起按核定稅率課徵。",
                "如需會勘，請與申請人聯絡。"));
        }

        page.Space(6);
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Declaration(page, c);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent FreeLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "申請書", "陳情書", "房屋稅減免申請書", "申請函");

        var option = c.Next(0, Options.Length);
        var taxNumber = c.HouseTaxNumber;
        var address = c.PropertyAddress();
        if (c.Chance(0.6))
        {
            page.Line($"受文者：{c.Bureau}").Space(6);
        }

        page.Paragraph(c.Pick("敬啟者：", "主旨：為申請房屋稅減免事，請惠予核准。", "主旨：請准予減免本人所有房屋之房屋稅。", "陳情人因房屋稅事宜，陳述如下："), firstIndentEm: 0f);
        page.Space(4).Paragraph(Reason(c, option, address, taxNumber));
        page.Paragraph($"{c.Pick("房屋稅籍編號", "稅籍編號")}為{taxNumber}，{c.Pick("納稅義務人為本人", "登記所有權人為本人")}{c.Applicant.Name}。");
        page.Paragraph(c.Pick(
            $"懇請{c.You()}派員會勘，並准予自{c.RocYear}年{c.Next(1, 13)}月起減免房屋稅，至感德便。",
            $"檢附相關證明文件，敬請{c.You()}惠予審核。",
            $"如{c.RocYear}年期房屋稅業已繳納，並請退還溢繳之稅款。敬請{c.You()}准予所請。",
            $"本人年事已高，行動不便，如有資料不足之處，請{c.You()}來電告知，謝謝。"));
        page.Space(4);
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, c.Pick("申請人", "陳情人", "納稅義務人", "具申請人"));
        return page.Build();
    }

    private static PageContent MultiHouseTable(SampleContext c)
    {
        var page = new PageBuilder(11f);
        DocumentParts.FormTitle(page, c, c.Pick("房屋稅減免申請書（多筆）", "房屋稅減免申請明細表", "房屋稅自住住家用稅率申請書"));
        page.Line($"{c.Pick("納稅義務人", "申請人")}：{c.Applicant.Name}{DocumentParts.Blank}{c.Pick("身分證統一編號", "身分證字號")}：{c.Applicant.NationalId}");
        page.Line($"{c.Pick("通訊地址", "地址")}：{c.Applicant.Address}");
        List<IReadOnlyList<string>> rows = [["編號", c.Pick("房屋稅籍編號", "稅籍編號"), "房屋坐落", "面積（㎡）", "申請項目"]];
        var count = c.Next(2, 6);
        for (var i = 1; i <= count; i++)
        {
            rows.Add([
                i.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Faker.HouseTaxNumber(), c.PropertyAddress(),
                $"{c.Next(30, 200)}.{c.Next(0, 100):00}", c.Pick("自住住家用", "自住", "騎樓減半", "災害減徵", "自住住家用"),
            ]);
        }

        page.Space(6).Grid(rows, [0.07f, 0.19f, 0.46f, 0.12f, 0.16f], shade: false, size: 10f);
        page.Space(8).Paragraph(c.Pick(
            "上列房屋均供本人、配偶或直系親屬實際居住使用，無出租或供營業情形，請依房屋稅條例第5條規定按自住住家用稅率課徵。",
            "上列房屋申請減免房屋稅，理由詳如附件說明，請依房屋稅條例第15條規定核減。",
            "本人全國僅持有上列自住房屋，且已辦竣戶籍登記，請按自住住家用房屋稅率課徵房屋稅。"));
        DocumentParts.Declaration(page, c);
        DocumentParts.Closing(page, c, c.Pick("申請人", "納稅義務人"));
        return page.Build();
    }
}
