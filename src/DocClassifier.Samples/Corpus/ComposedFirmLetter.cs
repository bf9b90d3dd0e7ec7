namespace DocClassifier.Samples.Corpus;

// A 函 that is not an agency's: a land agent (地政士), an accountant, a bookkeeper or a lawyer writes to the bureau
// for a client, or a company, foundation, temple or school for itself, in the 公文 layout agencies use (受文者,
// 發文字號, 主旨, 說明, 正本/副本). The layout says "letter", the matter says the class: without these every such 函
// looks like an agency's letter. An agency's own letters are written by OfficialLetterTemplate; for official-letter
// this layout is a transfer slip (移文單) passing a matter on.
internal static class ComposedFirmLetter
{
    public static void Write(PageBuilder page, SampleContext c, ClassVocabulary vocabulary)
    {
        if (vocabulary.FromAnAgency)
        {
            TransferSlip(page, c);
            return;
        }

        if (c.Chance(0.5))
        {
            OwnBehalf(page, c, vocabulary);
            return;
        }

        var agent = c.Faker.PersonName();
        var (firm, role, prefix) = c.Next(0, 4) switch
        {
            0 => ($"{agent}地政士事務所", "地政士", "地字"),
            1 => ($"{c.Pick("誠信", "正大", "立信", "永信", "安永")}聯合會計師事務所", "會計師", "會字"),
            2 => ($"{c.Pick("明理", "正義", "國際", "博仁")}法律事務所", "律師", "律字"),
            _ => ($"{agent}記帳及報稅代理人事務所", "記帳士", "記字"),
        };
        if (c.WithTitle || c.Chance(0.5))
        {
            page.Centered($"{firm}{c.Pick(" 函", "　函", "函")}", 17f).Space(4);
        }

        page.Line($"地址：{c.PropertyAddress()}", 3.4f, 10f);
        page.Line($"聯絡人：{agent}{c.Pick(string.Empty, role)}", 3.4f, 10f);
        page.Line($"電話：{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}", 3.4f, 10f);
        page.Space(4).Line($"受文者：{c.Bureau}", size: 13f);
        page.Line($"發文日期：{c.DateText()}", size: 11f);
        page.Line($"發文字號：{c.Pick(prefix, $"{firm[..2]}字", "（" + c.RocYear + "）" + prefix)}第{c.RocYear}{c.Next(1, 9999):0000}號", size: 11f);
        if (c.Chance(0.6))
        {
            page.Line($"速別：{c.Pick("普通件", "速件")}", size: 11f);
        }

        page.Line($"附件：{c.Pick("如說明", "如文", string.Join("、", c.Faker.Some(vocabulary.Attachments, 1, 2)))}", size: 11f);
        page.Space(6).Hanging("主旨：", $"{c.Pick("本所受", "受")}{c.Applicant.Name}{c.Pick("君", "先生", "女士", "")}委任，{vocabulary.Request(c).TrimEnd('。')}，請{c.Pick("查照", "惠予辦理", "准予辦理", "鑒核")}。");
        page.Space(2).Line("說明：");
        var points = new List<string>
        {
            $"依據委任人{c.Applicant.Name}（身分證統一編號：{c.Applicant.NationalId}）委任書辦理。",
            vocabulary.Reason(c),
        };
        points.AddRange(c.Faker.Some(vocabulary.Facts(c), 1, 2).Select(f => $"{f.Key}：{f.Value}。"));
        points.Add($"檢附{string.Join("、", c.Faker.Some(vocabulary.Attachments, 1, Math.Min(3, vocabulary.Attachments.Count)))}{c.Pick("各1份", "影本各乙份", "")}。");
        for (var i = 0; i < points.Count; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", points[i], 0.2f);
        }

        page.Space(8).Hanging("正本：", c.Bureau);
        page.Hanging("副本：", c.Pick($"委任人{c.Applicant.Name}", "本所", $"{c.Applicant.Name}君"));
        page.Space(12).Right($"{firm}{DocumentParts.Blank}{role}{DocumentParts.Blank}{agent}", 14f);
    }

    // A company, foundation, temple, school or association writes about its own matter in the same layout, on its
    // letterhead (統一編號, 傳真), signed by its head: "本公司", "本會".
    private static void OwnBehalf(PageBuilder page, SampleContext c, ClassVocabulary vocabulary)
    {
        var (name, self, head) = c.Next(0, 5) switch
        {
            0 or 1 => (c.CompanyName, "本公司", "負責人"),
            2 => ($"財團法人{c.County.Name}{c.Pick("身心障礙福利", "社會福利", "文教", "慈善")}基金會", "本會", "董事長"),
            3 => c.Chance(0.4)
                ? ($"{c.Town.Name}{c.Pick("福德宮", "天后宮", "保安宮")}", "本宮", c.Pick("主任委員", "董事長"))
                : ($"{c.Town.Name}{c.Pick("農會", "漁會", "社區發展協會")}", "本會", c.Pick("理事長", "總幹事")),
            _ => ($"{c.County.Name}私立{c.Pick("光華", "育英", "啟智", "明德")}{c.Pick("高級中學", "教養院", "幼兒園")}", c.Pick("本校", "本院"), c.Pick("校長", "院長")),
        };
        page.Centered(name, 16f);
        page.Line($"統一編號：{c.BusinessNumber}{DocumentParts.Blank}地址：{c.PropertyAddress()}", size: 10f);
        page.Line($"電話：{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}{DocumentParts.Blank}傳真：{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}", size: 10f).Space(4);
        page.Line($"受文者：{c.Bureau}", size: 13f);
        page.Line($"發文日期：{c.DateText()}", size: 11f);
        page.Line($"發文字號：{c.Pick("財字", "總字", name[..1] + "字", "管字")}第{c.RocYear}{c.Next(1, 9999):0000}號", size: 11f);
        page.Line($"附件：{c.Pick("如說明", "如文", string.Join("、", c.Faker.Some(vocabulary.Attachments, 1, 2)))}", size: 11f);
        page.Space(6).Hanging("主旨：", $"{self}{vocabulary.Request(c).Replace("本人", string.Empty, StringComparison.Ordinal).TrimEnd('。')}，請{c.Pick("查照", "惠予辦理", "惠予核准", "鑒核")}。");
        page.Space(2).Line("說明：");
        var points = new List<string> { vocabulary.Reason(c).Replace("本人", self, StringComparison.Ordinal) };
        points.AddRange(c.Faker.Some(vocabulary.Facts(c), 1, 3).Select(f => $"{f.Key}：{f.Value}。"));
        if (c.Chance(0.6))
        {
            points.Add($"檢附{string.Join("、", c.Faker.Some(vocabulary.Attachments, 1, Math.Min(3, vocabulary.Attachments.Count)))}各一份。");
        }

        for (var i = 0; i < points.Count; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", points[i], 0.2f);
        }

        page.Space(8).Hanging("正本：", c.Bureau);
        page.Space(12).Right($"{name}{DocumentParts.Blank}{head}{DocumentParts.Blank}{c.Faker.PersonName()}", 14f);
    }

    // An agency passes a matter on without a full letter: a 移文單 or 便箋 as a small grid.
    private static void TransferSlip(PageBuilder page, SampleContext c)
    {
        var topic = LetterTopics.Draw(c);
        page.Centered($"{topic.Agency}{c.Pick(" 移文單", " 便箋", " 書函")}", 17f).Space(6);
        page.Grid(
            [
                ["受文者", c.Bureau],
                ["發文日期", c.DateText()],
                ["事由", topic.Subject],
                ["說明", string.Join(string.Empty, topic.Points.Take(2))],
                ["附件", c.Pick("如文", "來文影本1份", "無")],
            ],
            [0.2f, 0.8f],
            size: 11f);
        page.Space(12).Right($"{topic.Head}{DocumentParts.Blank}{c.Faker.PersonName()}", 14f);
    }
}
