namespace DocClassifier.Samples.Corpus;

// 機關來函: a 公文 from another agency in the standard layout (發文機關, 受文者, 發文日期, 發文字號,
// 速別, 密等, 主旨, 說明, 正本/副本), a compact variant with the header in a grid, or an
// enforcement agency's or court's 執行命令.
internal sealed class OfficialLetterTemplate() : LayoutTemplate(
    SampleLabels.OfficialLetter, [AttachmentKind.HouseholdRegisterCopy, AttachmentKind.TaxBillCopy],
    ("formal-letter", c => Formal(c, LetterTopics.Draw(c))),
    ("compact-letter", c => Compact(c, LetterTopics.Draw(c))), ("enforcement-order", c => Order(c, LetterTopics.DrawEnforcement(c))))
{
    private static string Number(SampleContext c, LetterTopic t) => $"{t.NumberPrefix}字第{c.RocYear}{c.Next(0, 10_000_000):0000000}號";

    private static string Speed(SampleContext c) => c.Pick("普通件", "普通件", "速件", "最速件");

    private static string Secrecy(SampleContext c) => c.Pick("普通", "普通", "密（解密條件：本案結案後解密）");

    private static void Body(PageBuilder page, SampleContext c, LetterTopic t)
    {
        page.Space(6).Hanging("主旨：", t.Subject);
        page.Space(2).Line("說明：");
        for (var i = 0; i < t.Points.Length; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", t.Points[i], 0.2f);
        }
    }

    private static void Copies(PageBuilder page, SampleContext c, LetterTopic t)
    {
        page.Space(10).Hanging("正本：", c.Bureau + c.Pick(string.Empty, string.Empty, $"、{c.County.Name}{c.Town.Name}公所"));
        page.Hanging("副本：", c.Pick($"{c.Applicant.Name}君", "電子檔案", $"{c.Applicant.Name}（含附件）", "本機關檔案"));
        page.Space(16).Right($"{t.Head}{DocumentParts.Blank}{c.Faker.PersonName()}", 16f);
    }

    private static PageContent Formal(SampleContext c, LetterTopic t)
    {
        var page = new PageBuilder(12f);
        if (c.Chance(0.5))
        {
            page.Line($"檔{DocumentParts.Blank}{DocumentParts.Blank}號：{c.RocYear}/{c.Next(100, 999)}.{c.Next(1, 99)}", size: 10f);
            page.Line($"保存年限：{c.Pick("10年", "5年", "永久", "3年")}", size: 10f);
        }

        if (c.WithTitle)
        {
            page.Centered($"{t.Agency}{DocumentParts.Blank}函", 18f).Space(4);
        }

        const float contact = 3.4f;
        page.Line($"地址：{c.Faker.Address(c.County, allowTaiVariant: false)}", contact, 10f);
        page.Line($"承辦人：{c.Faker.PersonName()}", contact, 10f);
        page.Line($"電話：{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}{c.Pick(string.Empty, $" 分機{c.Next(100, 999)}")}", contact, 10f);
        if (c.Chance(0.5))
        {
            page.Line($"電子信箱：{c.Pick("doc", "admin", "service", "tax")}{c.Next(10, 999)}@{c.Pick("mail.moj.gov.tw", "ms1.gov.tw", "land.gov.tw", "ntbsa.gov.tw")}", contact, 10f);
        }

        // The window-envelope block: the bureau's postcode and address.
        page.Space(6).Line($"{c.County.Towns[0].Zip}{DocumentParts.Blank}{c.Faker.Address(c.County, c.County.Towns[0], allowTaiVariant: false, zip: false)}", size: 11f);
        page.Space(4).Line($"受文者：{c.Bureau}", size: 14f);
        page.Space(4).Line($"發文日期：{c.DateText()}", size: 11f);
        page.Line($"發文字號：{Number(c, t)}", size: 11f);
        page.Line($"速別：{Speed(c)}", size: 11f);
        page.Line($"密等及解密條件或保密期限：{Secrecy(c)}", size: 11f);
        page.Line($"附件：{c.Pick("無", "如說明", "如文", "清冊1份")}", size: 11f);
        Body(page, c, t);
        Copies(page, c, t);
        return page.Build();
    }

    private static PageContent Compact(SampleContext c, LetterTopic t)
    {
        var page = new PageBuilder(12f);
        if (c.WithTitle)
        {
            page.Centered($"{t.Agency}{c.Pick(" 函", " 書函", "　函")}", 17f).Space(6);
        }

        page.Grid(
            [
                ["受文者", c.Bureau],
                ["發文日期", c.DateText(), "發文字號", Number(c, t)],
                ["速別", Speed(c), "密等", Secrecy(c).Length > 2 ? "密" : "普通"],
                ["附件", c.Pick("無", "如說明", "清冊")],
            ],
            [0.15f, 0.35f, 0.15f, 0.35f],
            size: 11f);
        Body(page, c, t);
        if (c.Chance(0.5))
        {
            page.Space(6).Paragraph(c.Pick("本案聯絡人：" + c.Faker.PersonName() + "，電話：" + c.County.AreaCode + "-" + c.Next(2_000_000, 8_000_000) + "。", "請查照。", "如有疑義，請洽本案承辦人。"), firstIndentEm: 0f);
        }

        Copies(page, c, t);
        return page.Build();
    }

    private static PageContent Order(SampleContext c, LetterTopic t)
    {
        var page = new PageBuilder(12f);
        if (c.WithTitle)
        {
            page.Centered(t.Agency, 18f).Centered("執行命令", 20f).Space(6);
        }

        page.Line($"發文日期：{c.DateText()}");
        page.Line($"發文字號：{Number(c, t)}");
        page.Line($"速別：{Speed(c)}{DocumentParts.Blank}{DocumentParts.Blank}密等及解密條件：{Secrecy(c)}");
        page.Space(4).Line($"{c.Pick("第三人", "受文者")}：{c.Bureau}");
        page.Line($"{c.Pick("義務人", "債務人")}：{c.Applicant.Name}{DocumentParts.Blank}{c.Applicant.NationalId}");
        page.Line($"住址：{c.Applicant.Address}", size: 11f);
        Body(page, c, t);
        page.Space(6).Paragraph(c.Pick(
            "第三人如認為本命令所指之債權不存在或有其他異議，應於收受本命令後10日內提出書狀聲明異議。",
            "第三人不於期間內聲明異議，亦未依本命令辦理者，本署得因移送機關之聲請，逕向第三人為強制執行。"), firstIndentEm: 0f);
        Copies(page, c, t);
        return page.Build();
    }
}
