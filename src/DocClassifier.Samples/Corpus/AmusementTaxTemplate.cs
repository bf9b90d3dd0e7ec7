using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// 娛樂稅 (娛樂稅法): venues collect the tax on tickets and file monthly returns as 代徵人;
// organisers of one-off shows get their tickets stamped (驗印); charity shows whose whole
// income goes to a good cause apply for exemption (art. 4).
internal sealed class AmusementTaxTemplate() : LayoutTemplate(
    SampleLabels.AmusementTax, [AttachmentKind.IdCardCopy],
    ("monthly-return", MonthlyReturn), ("charity-exemption-letter", CharityLetter), ("ticket-stamping-form", TicketStamping))
{
    private static readonly (string Suffix, string Kind, int RatePercent)[] Venues =
    [
        ("影城", "電影", 1), ("數位影院", "電影", 1), ("視聽歌唱城", "視聽歌唱", 5), ("KTV", "視聽歌唱", 5),
        ("撞球場", "撞球", 10), ("保齡球館", "保齡球", 5), ("高爾夫球練習場", "高爾夫球", 10), ("遊樂園", "遊樂設施", 5),
    ];

    private static readonly string[] VenuePrefixes = ["星光", "新世紀", "國賓", "金像", "歡樂", "南島", "陽光", "大都會", "晶華", "諸羅"];

    private static readonly string[] AttachmentPool =
        ["活動企劃書", "票券樣張", "場地租借契約", "收支預算表", "立案證書影本", "公益用途說明"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "娛樂稅";

    private static string Digits(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static PageContent MonthlyReturn(SampleContext c)
    {
        var (suffix, kind, rate) = c.Faker.PickOf(Venues);
        var venue = c.Faker.PickOf(VenuePrefixes) + suffix;
        var page = new PageBuilder(11f);
        DocumentParts.FormTitle(page, c, c.Pick("娛樂稅代徵月報表", "娛樂稅自動報繳申報書", "娛樂稅代徵稅款報繳表"));
        // A monthly return covers the month before it is filed.
        var period = c.Date.AddMonths(-1);
        page.Grid(
            [
                [c.Pick("代徵人", "營業人名稱"), $"{c.CompanyName}（{venue}）", "統一編號", c.BusinessNumber],
                ["娛樂種類", kind, "所屬年月", $"{RocDates.RocYear(period)}年{period.Month}月"],
                ["營業場所", c.Faker.Address(c.County, c.Town, allowTaiVariant: false)],
            ],
            [0.18f, 0.42f, 0.16f, 0.24f]);
        List<IReadOnlyList<string>> rows = [["票種", "票價（元）", "售出張數", "金額（元）", "代徵稅額（元）"]];
        long totalTax = 0;
        foreach (var ticket in c.Faker.Some(["全票", "優待票", "學生票", "敬老票", "團體票", "會員票", "早場票"], 2, 5))
        {
            var price = c.Next(8, 60) * 10;
            var count = c.Next(50, 9000);
            var gross = price * (long)count;
            var tax = gross * rate / (100 + rate); // the ticket price includes the tax
            totalTax += tax;
            rows.Add([ticket, Digits(price), Digits(count), Digits(gross), Digits(tax)]);
        }

        rows.Add(["合計", string.Empty, string.Empty, string.Empty, Digits(totalTax)]);
        page.Space(6).Grid(rows, [0.18f, 0.18f, 0.18f, 0.23f, 0.23f], shade: false, size: 10f);
        page.Space(6).Line($"稅率：{c.Pick($"{rate}%", $"百分之{ChineseNumerals.Common(rate)}")}{DocumentParts.Blank}本月代徵娛樂稅：{c.Amount(totalTax)}");
        page.Paragraph(c.Pick(
            "本月代徵之娛樂稅款已於次月十日前自行填具繳款書繳納，檢附收據聯影本。",
            "依娛樂稅法規定，代徵人應於每月十日前將上月代徵稅款報繳。",
            "上列售票資料與售票系統報表相符，如有不實願受處罰。"));
        DocumentParts.Closing(page, c, "代徵人", $"{c.CompanyName}　負責人：{c.Applicant.Name}");
        return page.Build();
    }

    private static PageContent CharityLetter(SampleContext c)
    {
        var organiser = $"{c.Pick("社團法人", "財團法人", string.Empty)}{c.County.Name}{c.Pick("慈善協會", "愛心關懷協會", "社會福利基金會", "文化藝術基金會", "身心障礙者福利協進會")}";
        var show = c.Pick("愛心義演晚會", "慈善音樂會", "公益演唱會", "弱勢兒童助學義演", "歲末關懷義賣義演");
        var page = new PageBuilder();
        if (c.WithTitle)
        {
            page.Centered(organiser + c.Pick(" 函", string.Empty), 16f).Space(6);
        }

        page.Line($"受文者：{c.Bureau}");
        page.Line($"發文日期：{c.DateText()}");
        page.Line($"發文字號：{c.Pick("愛字", "慈字", "福字")}第{c.RocYear}{c.Next(1, 999):000}號");
        page.Space(4).Hanging("主旨：", c.Pick(
            $"本會舉辦「{show}」，門票收入全數作為公益用途，請准予免徵娛樂稅。",
            $"為辦理「{show}」申請免徵娛樂稅，請惠予核准。",
            $"檢送「{show}」活動資料，依娛樂稅法第4條規定申請免稅，請查照。"));
        page.Line("說明：");
        var when = c.Date.AddDays(c.Next(14, 60));
        string[] points =
        [
            $"活動時間：{c.DateText(when)}{c.Pick("晚上7時", "下午2時", "晚上7時30分")}；地點：{c.County.Name}{c.Pick("表演藝術中心", "文化中心演藝廳", "體育館", "演藝廳")}。",
            $"預計售票{Digits(c.Next(300, 3000))}張，票價{c.Pick("500元", "300元", "800元及500元兩種", "1,200元")}。",
            c.Pick(
                "本活動全部收入扣除必要開支後，悉數捐作救災、慈善或公益事業，符合娛樂稅法第4條第1項規定。",
                "所得款項將全數捐贈弱勢家庭及身心障礙者，並於活動結束後檢附收支報告及捐贈收據。"),
            c.Pick("檢附活動企劃書、收支預算表及票券樣張各一份。", "票券請惠予驗印。"),
        ];
        for (var i = 0; i < points.Length; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", points[i], 0.2f);
        }

        page.Space(16).Right($"{organiser}{DocumentParts.Blank}理事長　{c.Applicant.Name}");
        return page.Build();
    }

    private static PageContent TicketStamping(SampleContext c)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Pick("娛樂票券驗印申請書", "臨時性娛樂活動娛樂稅報繳申請書", "娛樂稅票券驗印暨報繳申請書"));
        DocumentParts.ReceiptLine(page, c);
        var first = c.Next(1, 5000);
        var count = c.Next(200, 4000);
        var price = c.Next(3, 30) * 100;
        var when = c.Date.AddDays(c.Next(7, 45));
        page.Grid(
            [
                [c.Pick("主辦單位", "申請人"), c.CompanyName, "統一編號", c.BusinessNumber],
                ["負責人", c.Applicant.Name, "電話", c.Applicant.Phone],
                ["活動名稱", c.Pick("巡迴演唱會", "兒童劇場", "魔術秀", "相聲劇場", "舞蹈公演", "脫口秀專場") + $"（{c.County.Name}場）"],
                ["演出日期", c.DateText(when), "場次", $"{c.Next(1, 4)}場"],
                ["演出地點", c.Pick("文化中心演藝廳", "體育館", "展演中心", "大學禮堂")],
                ["票券號碼", $"{first:000000}至{first + count - 1:000000}", "張數", Digits(count)],
                ["票價", $"{Digits(price)}元", "預估代徵稅額", Digits(price * (long)count * 5 / 105)],
            ],
            [0.18f, 0.37f, 0.18f, 0.27f]);
        page.Space(8).Paragraph(c.Pick(
            "依娛樂稅法規定，臨時性娛樂活動之票券應於售票前送請稽徵機關驗印，並於演出後結算報繳娛樂稅。",
            "本單位保證於活動結束後五日內，將未售出票券送回註銷，並結報代徵稅款。",
            "如有未經驗印之票券出售，願依娛樂稅法規定受罰。"));
        page.Paragraph(c.Pick("檢附場地租借契約及票券樣張。", "附活動企劃書一份。", "敬請准予驗印。"));
        DocumentParts.Closing(page, c, "申請人", $"{c.CompanyName}　負責人：{c.Applicant.Name}");
        return page.Build();
    }
}
