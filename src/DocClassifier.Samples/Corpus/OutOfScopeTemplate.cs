namespace DocClassifier.Samples.Corpus;

// Pages that reach a tax bureau's inbox but are none of its twelve classes: English business
// letters, news in Chinese and English, advertisements, receipts, near-blank sheets, lone copies
// of an ID card or a passbook, and Chinese papers of daily life (EverydayPages). Trained as a class of their own, they give unknowns somewhere to go
// other than the nearest tax label.
internal sealed class OutOfScopeTemplate : ISampleTemplate
{
    public string Label => SampleLabels.OutOfScope;

    public IReadOnlyList<string> Layouts { get; } =
        [
            "english-letter", "chinese-news", "advertisement", "receipt", "english-news", "near-blank", "copy-only", "utility-bill", "lease",
            "community-notice", "job-application", "private-mail", "bank-statement", "clinic-receipt",
        ];

    public IReadOnlyList<AttachmentKind> Attachments { get; } = [];

    public PageContent Compose(SampleContext c, string layout) => layout switch
    {
        "english-letter" => EnglishText.Letter(c),
        "english-news" => EnglishText.News(c),
        "chinese-news" => ChineseNews(c),
        "advertisement" => Advertisement(c),
        "receipt" => Receipt(c),
        "near-blank" => NearBlank(c),
        "utility-bill" => EverydayPages.UtilityBill(c),
        "lease" => EverydayPages.Lease(c),
        "community-notice" => EverydayPages.CommunityNotice(c),
        "job-application" => EverydayPages.JobApplication(c),
        "private-mail" => EverydayPages.PrivateMail(c),
        "bank-statement" => EverydayPages.BankStatement(c),
        "clinic-receipt" => EverydayPages.ClinicReceipt(c),
        _ => AttachmentPages.Compose(c, c.Faker.PickOf([AttachmentKind.IdCardCopy, AttachmentKind.PassbookCover, AttachmentKind.HouseholdRegisterCopy])),
    };

    private static PageContent ChineseNews(SampleContext c)
    {
        var page = new PageBuilder(c.Pick("11", "12") == "11" ? 11f : 12f);
        var place = c.County.Name;
        page.Line(c.Pick(
            $"{place}{c.Pick("觀光", "農業", "交通", "教育")}新聞",
            $"【{c.Pick("中央社", "本報訊", "記者")}{c.Faker.PersonName()}／{place}報導】",
            $"{c.Pick("地方", "生活", "財經", "體育", "社會")}版"), size: 16f, bold: true).Space(6);
        var sentences = new[]
        {
            $"{place}{c.Town.Name}今年{c.Pick("稻米", "鳳梨", "芒果", "咖啡", "高接梨")}豐收，農會預估產量較去年增加{c.Next(5, 40)}%，吸引大批遊客前往採買。",
            $"中央氣象署表示，{c.Pick("鋒面", "颱風外圍環流", "東北季風", "午後雷陣雨")}影響，明天{c.Pick("北部", "中南部", "山區", "各地")}有{c.Pick("局部大雨", "短暫陣雨", "低溫特報")}，民眾外出請注意安全。",
            $"{place}政府舉辦{c.Pick("燈會", "馬拉松", "音樂節", "美食展", "跨年晚會")}，預計{c.Next(2, 30)}萬人次參加，周邊道路將實施交通管制。",
            $"{c.Pick("台股", "加權指數")}今天{c.Pick("上漲", "下跌")}{c.Next(10, 400)}點，成交量{c.Next(2000, 6000)}億元，{c.Pick("電子股", "航運股", "金融股")}表現{c.Pick("亮眼", "疲弱")}。",
            $"{c.Pick("國小", "國中", "高中")}學生參加{c.Pick("機器人", "科展", "棒球", "合唱")}比賽獲得佳績，校長表示將持續支持學生發展。",
            $"衛生局提醒，{c.Pick("流感", "登革熱", "腸病毒", "新冠")}疫情升溫，民眾應勤洗手並儘速接種疫苗。",
            $"{c.Town.Name}{c.Pick("老街", "漁港", "濕地", "步道")}整修完成，{c.Pick("鄉長", "市長", "縣長")}{c.Faker.PersonName()}主持啟用典禮。",
            $"立法院{c.Pick("三讀通過", "初審")}{c.Pick("囤房稅2.0", "所得稅法修正", "長照", "預算")}相關法案，{c.Pick("財政部", "行政院")}表示將配合辦理。",
        };
        // About a third of the news is about taxes: a bureau receives clippings about them, and they are still not applications.
        var taxNews = new[]
        {
            $"房屋稅差別稅率2.0自{c.RocYear - 1}年7月起實施，財政部表示，全國單一自住房屋稅率降為1%，非自住房屋依持有戶數適用2%至4.8%稅率。",
            $"{place}政府財稅局提醒，今年{c.Pick("地價稅", "房屋稅", "使用牌照稅")}開徵，繳納期間至{c.Next(5, 12)}月{c.Next(1, 30)}日止，民眾可利用超商或行動支付繳納。",
            $"專家指出，多屋族的持有成本將明顯上升，部分屋主可能選擇出租或出售，{c.Pick("房市", "租屋市場")}恐受影響。",
            "財政部統計，今年前三季全國稅收較去年同期增加，主要來自營利事業所得稅及證券交易稅。",
            $"有民眾質疑，{c.Pick("老舊房屋現值本來就低", "自住條件認定太嚴", "囤房稅只是把成本轉嫁給房客")}，新制對一般家庭影響不大，真正受影響的是投資客。",
            $"{place}議員在定期會質詢時指出，{c.Pick("房屋稅", "地價稅", "土地增值稅")}稅收{c.Pick("大增", "減少")}，要求縣府說明用途。",
        };
        foreach (var sentence in c.Chance(0.35) ? c.Faker.Some(taxNews, 2, 4) : c.Faker.Some(sentences, 3, 6))
        {
            page.Paragraph(sentence).Space(4);
        }

        return page.Build();
    }

    private static PageContent Advertisement(SampleContext c)
    {
        var page = new PageBuilder(13f);
        switch (c.Next(0, 4))
        {
            case 0:
                page.Centered(c.Pick("好宅出售", "店面出租", "透天別墅 熱銷中", "預售屋 即將完銷"), 24f).Space(8);
                page.Line($"地點：{c.PropertyAddress()}");
                page.Line($"{c.Pick("建坪", "權狀", "室內")}{c.Next(20, 90)}坪　{c.Next(2, 5)}房{c.Next(1, 3)}廳{c.Next(1, 4)}衛");
                page.Line($"總價 {c.Next(600, 3800)} 萬　{c.Pick("可議", "屋主急售", "近學區", "近市場")}");
                page.Line($"洽：{c.Faker.PersonName()} {c.Applicant.Phone}　{c.Pick("信義房屋", "永慶房屋", "住商不動產", "有巢氏房屋")}");
                break;
            case 1:
                page.Centered($"{c.Pick("週年慶", "開幕誌慶", "清倉大拍賣", "母親節特惠")}", 26f).Space(8);
                page.Line($"全館{c.Next(3, 9)}折起！滿{c.Next(1, 5)}000送{c.Next(1, 5)}00");
                page.Line($"{c.Pick("活動期間", "限時")}：{c.Next(1, 13)}/{c.Next(1, 28)}～{c.Next(1, 13)}/{c.Next(1, 28)}");
                page.Line($"{c.Faker.CompanyName()}　{c.Applicant.Address}");
                page.Line(c.Pick("加入LINE好友再享優惠", "憑本券可兌換精美贈品一份", "歡迎團購 外送服務"));
                break;
            case 2:
                page.Centered(c.Pick("GRAND OPENING", "SUMMER SALE", "Special Offer", "Buy One Get One Free"), 24f).Space(8);
                page.Line($"Up to {c.Next(2, 8)}0% off on {c.Pick("all shoes", "selected items", "laptops and phones", "furniture")}!");
                page.Line($"Visit us at {c.Pick("Main Street", "Harbor Mall", "City Plaza")} {c.Next(1, 300)}, open daily 10am - 9pm.");
                page.Line(c.Pick("Free parking. Free Wi-Fi.", "Order online at www.example-shop.com", "Limited time only. Terms and conditions apply."));
                break;
            default:
                page.Centered(c.Pick("補習班招生", "才藝班招生", "健身房會員招募", "家教服務"), 22f).Space(8);
                page.Line($"{c.Pick("英文", "數學", "鋼琴", "游泳", "瑜珈")}課程　{c.Pick("小班教學", "一對一", "免費試聽")}");
                page.Line($"報名專線：{c.Applicant.Phone}");
                page.Line($"地址：{c.Applicant.Address}");
                break;
        }

        return page.Build();
    }

    private static PageContent Receipt(SampleContext c)
    {
        var page = new PageBuilder(11f);
        var english = c.Chance(0.4);
        page.Centered(english ? c.Pick("RECEIPT", "TAX INVOICE", "SALES RECEIPT") : c.Pick("電子發票證明聯", "收據", "統一發票（收執聯）", "免用統一發票收據"), 16f);
        page.Line(english ? $"{c.Pick("MR D.I.Y.", "FAMILY MART", "7-ELEVEN", "STARBUCKS", "GUARDIAN")} ({c.Next(100_000, 999_999)}-X)" : c.Faker.CompanyName());
        page.Line(english ? $"Date: {c.Next(1, 29):00}/{c.Next(1, 13):00}/20{c.Next(18, 25)} {c.Next(8, 22):00}:{c.Next(0, 60):00}" : $"{c.DateText()}　{c.Pick("隨機碼", "發票號碼")} {c.Pick("AB", "KX", "QR", "ZP")}-{c.Next(10_000_000, 99_999_999)}");
        var items = english
            ? new[] { "COFFEE LATTE", "SANDWICH", "NOTEBOOK A5", "USB CABLE", "DETERGENT 2L", "WATER 600ML", "BATTERY AA" }
            : new[] { "御飯糰", "拿鐵咖啡", "衛生紙", "便當", "礦泉水", "文具一批", "影印費", "停車費" };
        var total = 0;
        foreach (var item in c.Faker.Some(items, 2, 6))
        {
            var price = c.Next(15, 400);
            total += price;
            page.Line($"{item}　{(english ? "x" : "數量")}{c.Next(1, 4)}　{price}");
        }

        page.Line(english ? $"TOTAL RM {total}.00   CASH {total + c.Next(0, 50)}.00" : $"總計 {total} 元　{c.Pick("現金", "悠遊卡", "信用卡")}");
        page.Line(english ? "THANK YOU. PLEASE COME AGAIN." : c.Pick("謝謝光臨", "發票請妥善保存", "賣方統編：" + c.BusinessNumber));
        return page.Build();
    }

    private static PageContent NearBlank(SampleContext c)
    {
        var page = new PageBuilder();
        switch (c.Next(0, 4))
        {
            case 0:
                page.Space(300).Centered(c.Pick("（以下空白）", "此頁空白", "本頁空白", "Intentionally left blank"), 12f, bold: false);
                break;
            case 1:
                page.Space(650).Centered($"- {c.Next(2, 9)} -", 10f, bold: false);
                break;
            case 2:
                page.Line(c.Pick("附件", "Page 2", "續頁", "背面"), size: 10f).Space(500).Right(c.Pick("第2頁", "共3頁", "p.2"), 10f);
                break;
            default:
                page.Space(200).Line(c.Pick("備註：", "簽收：", "Notes:"), indentInches: 0.5f).Space(200).Right(c.Applicant.Name, 12f);
                break;
        }

        return page.Build();
    }
}
