using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// Chinese papers of daily life that land in a tax bureau's inbox by mistake or as stray attachments: a utility
// bill, a lease, a community notice, a job application, a private e-mail, a bank statement, a clinic's receipt.
// They carry names, IDs, addresses, dates and amounts like the tax forms, and some mention a tax in passing (a
// lease says who pays the 房屋稅, a bank statement lists a 地價稅 debit), so that out of scope is learnt from what a
// page is about, not from the absence of tax words.
internal static class EverydayPages
{
    private static readonly string[] StatementHeader = ["日期", "摘要", "支出", "存入", "餘額"];
    private static readonly string[] StatementItems = ["薪資轉入", "ATM提款", "信用卡費", "電費代繳", "水費代繳", "地價稅代繳", "房屋稅代繳", "利息", "跨行轉帳", "保險費"];

    public static PageContent UtilityBill(SampleContext c)
    {
        var page = new PageBuilder(11f);
        var water = c.Chance(0.5);
        page.Centered(water ? c.Pick("台灣自來水公司　水費通知單", "自來水費繳費通知", "水費收據") : c.Pick("台灣電力公司　電費通知單", "電費繳費憑證", "電費帳單"), 17f).Space(6);
        var used = c.Next(8, 900);
        var amount = c.Next(120, 4000);
        page.Grid(
            [
                [water ? "水號" : "電號", $"{c.Next(10, 99)}-{c.Next(10, 99)}-{c.Next(1000, 9999)}-{c.Next(10, 99)}-{c.Next(0, 9)}", "戶名", c.Applicant.Name],
                ["用水(電)地址", c.Applicant.Address],
                ["計費期間", $"{c.RocYear}/{c.Next(1, 11):00}/{c.Next(1, 28):00}～{c.RocYear}/{c.Next(1, 12):00}/{c.Next(1, 28):00}", "本期用量", $"{used}度"],
                ["應繳總金額", c.Amount(amount), "繳費期限", c.DateText(c.Date.AddDays(c.Next(10, 20)))],
            ],
            [0.18f, 0.32f, 0.18f, 0.32f],
            size: 10.5f);
        page.Space(6).Paragraph(c.Pick(
            "逾期繳費將加收滯納金，逾期兩個月仍未繳納者停止供水（電）。",
            "本期已申請代繳，將自您的帳戶扣款，請勿重複繳納。",
            "可至便利商店、郵局或以行動支付繳費，繳費後請保留收據。"));
        if (c.Chance(0.5))
        {
            page.Line($"上期用量{c.Next(8, 900)}度　去年同期{c.Next(8, 900)}度　{c.Pick("節水", "節電")}小叮嚀：{c.Pick("請定期檢查管線", "冷氣溫度設定26度", "隨手關燈")}", size: 10f);
        }

        return page.Build();
    }

    public static PageContent Lease(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        page.Centered(c.Pick("房屋租賃契約書", "住宅租賃契約", "房屋租約"), 18f).Space(6);
        var landlord = c.Faker.PersonName();
        page.Paragraph($"立契約書人出租人{landlord}（以下簡稱甲方）、承租人{c.Applicant.Name}（以下簡稱乙方），茲為房屋租賃事宜，雙方同意訂立本契約，條款如下：", firstIndentEm: 0f);
        var clauses = new[]
        {
            $"租賃標的：{c.PropertyAddress()}，{c.Pick("整層住家", "套房一間", "店面一樓")}。",
            $"租賃期間：自{c.DateText()}起至{c.DateText(c.Date.AddYears(c.Next(1, 3)))}止。",
            $"租金：每月新臺幣{c.Next(6, 40)},{c.Next(0, 10)}00元整，乙方應於每月{c.Next(1, 11)}日前支付。",
            $"押金：{c.Pick("二", "一", "三")}個月租金，租期屆滿乙方返還房屋時無息退還。",
            $"稅費負擔：房屋稅、地價稅由甲方負擔；水電費、瓦斯費及管理費由乙方負擔。",
            "乙方非經甲方同意不得轉租、出借或頂讓，亦不得供非法使用。",
            "租期屆滿乙方應將房屋回復原狀返還甲方，不得要求任何費用。",
        };
        var chosen = c.Faker.Some(clauses, 4, clauses.Length);
        for (var i = 0; i < chosen.Count; i++)
        {
            page.Hanging($"第{ChineseNumerals.Common(i + 1)}條　", chosen[i]);
        }

        page.Space(10).Line($"出租人（甲方）：{landlord}").Line($"承租人（乙方）：{c.Applicant.Name}　身分證字號：{c.Applicant.NationalId}");
        DocumentParts.DateLine(page, c);
        return page.Build();
    }

    public static PageContent CommunityNotice(SampleContext c)
    {
        var page = new PageBuilder(12f);
        var who = c.Pick($"{c.Pick("幸福", "長春", "和平", "中正", "翠堤")}社區管理委員會", $"{c.Town.Name}{c.Pick("農會", "老人會", "社區發展協會", "宮廟管理委員會")}", $"{c.Pick("國小", "國中")}家長會");
        page.Centered(who, 16f).Centered(c.Pick("開會通知", "公告", "通知單", "活動通知"), 18f).Space(6);
        page.Hanging("一、", $"{c.Pick("時間", "日期")}：{c.DateText()}{c.Pick("上午", "下午", "晚上")}{c.Next(1, 10)}時。");
        page.Hanging("二、", $"地點：{c.Pick("社區活動中心", "本會會議室", "廟埕", "學校禮堂")}。");
        page.Hanging("三、", $"事由：{c.Pick("討論年度預算及管理費調整", "改選委員", "中秋聯歡晚會", "停水停電維修", "電梯汰換工程", "環境清潔日")}。");
        page.Hanging("四、", c.Pick("敬請全體住戶準時出席，不克出席者請填寫委託書。", "請大家踴躍參加，現場備有點心。", "如有疑問請洽管理室。"));
        if (c.Chance(0.3))
        {
            page.Hanging("五、", $"{c.Pick("公共基金", "管理費")}收支：本期收入{c.Next(10, 900)},{c.Next(100, 999)}元，支出{c.Next(10, 900)},{c.Next(100, 999)}元。");
        }

        page.Space(10).Right($"{who}{c.Pick("主任委員", "理事長", "會長")}　{c.Faker.PersonName()}　敬啟");
        DocumentParts.DateLine(page, c);
        return page.Build();
    }

    public static PageContent JobApplication(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        if (c.Chance(0.5))
        {
            page.Centered(c.Pick("履歷表", "個人履歷", "自傳"), 18f).Space(6);
            page.Grid(
                [
                    ["姓名", c.Applicant.Name, "出生日期", RocDates.Format(c.Applicant.BirthDate, RocDateStyle.YearOnly)],
                    ["電話", c.Applicant.Phone, "電子郵件", $"{c.Pick("amy", "jason", "ivy", "tony")}{c.Next(10, 999)}@gmail.com"],
                    ["地址", c.Applicant.Address],
                    ["學歷", $"{c.Pick("國立", "私立")}{c.Pick("中正", "成功", "嘉義", "逢甲", "輔仁")}大學{c.Pick("會計", "財務金融", "中文", "資訊管理", "企業管理")}學系"],
                    ["工作經歷", $"{c.CompanyName}　{c.Pick("會計助理", "行政人員", "門市人員", "工程師")}　{c.Next(1, 8)}年"],
                ],
                [0.18f, 0.32f, 0.18f, 0.32f],
                size: 11f);
            page.Space(6).Paragraph($"我{c.Pick("個性認真負責", "擅長與人溝通", "喜歡學習新事物")}，{c.Pick("曾獲得優秀員工", "具備電腦文書能力", "持有記帳士證照")}，希望能應徵{c.Pick("貴公司", "貴單位", "貴局")}{c.Pick("約僱人員", "臨時人員", "行政助理", "工讀生")}職缺，懇請給予面試機會。");
            return page.Build();
        }

        page.Line(c.Pick("敬啟者：", "人事室您好：", "主管您好："));
        page.Paragraph($"我是{c.Applicant.Name}，{c.Pick("日前", "近日")}在{c.Pick("人力銀行", "機關網站", "報紙")}看到{c.Pick("貴局", "貴單位", "貴公司")}徵求{c.Pick("約僱人員", "行政助理", "工讀生", "清潔人員")}的消息，特此來信應徵。");
        page.Paragraph($"我畢業於{c.Pick("高商", "科技大學", "大學")}{c.Pick("會計科", "資訊系", "商業管理系")}，曾在{c.CompanyName}服務{c.Next(1, 10)}年，熟悉文書處理與{c.Pick("帳務", "客服", "倉儲")}工作。隨信附上履歷與畢業證書影本。");
        page.Paragraph($"如蒙錄用，必當盡心盡力。聯絡電話：{c.Applicant.Phone}。");
        page.Space(8).Right($"應徵人　{c.Applicant.Name}　敬上");
        DocumentParts.DateLine(page, c);
        return page.Build();
    }

    public static PageContent PrivateMail(SampleContext c)
    {
        var page = new PageBuilder(11f);
        var friend = c.Faker.PersonName();
        page.Line($"寄件者：{c.Applicant.Name} <{c.Pick("mei", "hao", "yu", "ting", "wei")}{c.Next(1, 9999)}@{c.Pick("gmail.com", "yahoo.com.tw", "hotmail.com")}>", size: 10.5f);
        page.Line($"寄件日期：{c.Date.Year}年{c.Date.Month}月{c.Date.Day}日", size: 10.5f);
        page.Line($"收件者：{friend}", size: 10.5f);
        page.Line($"主旨：{c.Pick("週末聚餐", "同學會照片", "報價單", "會議紀錄", "訂購確認", "旅遊行程")}", size: 10.5f).Space(8);
        page.Line($"{friend}{c.Pick("你好", "您好", "：")}");
        page.Paragraph(c.Pick(
            $"上次同學會的照片整理好了，放在雲端相簿，連結在下面。下次聚會訂在{c.Date.Month}月底，地點再討論。",
            $"附上本月的報價單，共{c.Next(3, 30)}項，總價{c.Next(10, 900)},{c.Next(100, 999)}元，含稅，請確認後回覆。",
            $"明天的會議改到下午{c.Next(1, 5)}點，請大家準時，議程如附件。",
            $"您訂購的{c.Pick("茶葉", "水果禮盒", "書籍", "家電")}已出貨，預計{c.Next(2, 5)}天內送達，謝謝您的支持。",
            $"這次{c.Pick("花蓮", "墾丁", "日月潭", "阿里山")}旅遊第一天早上七點集合，記得帶身分證和健保卡。"));
        page.Paragraph(c.Pick("有問題再跟我說。", "祝 順心", "謝謝！"));
        page.Line(c.Applicant.Name);
        return page.Build();
    }

    public static PageContent BankStatement(SampleContext c)
    {
        var page = new PageBuilder(10.5f);
        page.Centered($"{c.Pick("臺灣銀行", "第一銀行", "合作金庫", "中華郵政", "嘉義市第三信用合作社", "農會信用部")}　{c.Pick("存款往來明細", "對帳單", "綜合存款交易明細")}", 16f).Space(4);
        page.Line($"戶名：{c.Applicant.Name}　帳號：{c.Faker.BankAccount(c.Applicant.Name, c.Town).Number}");
        page.Line($"查詢期間：{c.DateText(c.Date.AddMonths(-1))}～{c.DateText()}").Space(4);
        var rows = new List<IReadOnlyList<string>> { StatementHeader };
        var balance = c.Next(5_000, 400_000);
        foreach (var what in c.Faker.Some(StatementItems, 4, 8))
        {
            var amount = c.Next(100, 40_000);
            var income = what is "薪資轉入" or "利息";
            balance += income ? amount : -amount;
            rows.Add([$"{c.RocYear}/{c.Next(1, 13):00}/{c.Next(1, 29):00}", what, income ? string.Empty : amount.ToString("N0", CultureInfo.InvariantCulture), income ? amount.ToString("N0", CultureInfo.InvariantCulture) : string.Empty, balance.ToString("N0", CultureInfo.InvariantCulture)]);
        }

        page.Grid(rows, [0.18f, 0.22f, 0.2f, 0.2f, 0.2f], shade: false, size: 10f);
        page.Space(4).Line("本明細僅供參考，實際金額以本行帳載為準。", size: 9f);
        return page.Build();
    }

    public static PageContent ClinicReceipt(SampleContext c)
    {
        var page = new PageBuilder(11f);
        page.Centered($"{c.Pick("仁愛", "安康", "博愛", "長庚", "慈心")}{c.Pick("診所", "醫院", "牙醫診所", "中醫診所")}　{c.Pick("醫療費用收據", "門診收據", "掛號費收據")}", 16f).Space(4);
        page.Line($"病患姓名：{c.Applicant.Name}　病歷號碼：{c.Next(100_000, 999_999)}");
        page.Line($"就診日期：{c.DateText()}　科別：{c.Pick("家醫科", "內科", "牙科", "復健科", "眼科")}");
        page.Grid(
            [
                ["掛號費", $"{c.Next(5, 20)}0", "部分負擔", $"{c.Next(5, 45)}0"],
                ["藥費", $"{c.Next(0, 60)}0", "自費項目", $"{c.Next(0, 300)}0"],
                ["合計", $"{c.Next(20, 500)}0 元"],
            ],
            [0.2f, 0.3f, 0.2f, 0.3f],
            size: 10.5f);
        page.Space(4).Line(c.Pick("本收據可作為醫療費用列舉扣除之證明，請妥善保存。", "下次回診日期請見藥袋。", "祝您早日康復"), size: 10f);
        return page.Build();
    }
}
