namespace DocClassifier.Samples.Corpus;

// What deed tax and land value increment tax returns have in common: both are filed after one
// sale contract, usually together by the same land agent (地政士), and both talk of 買賣, 移轉,
// 契約 and assessed or announced values. The vocabulary is shared on purpose.
internal static class TransferParts
{
    public static string[] Causes { get; } = ["買賣", "贈與", "交換", "分割", "拍賣", "夫妻贈與"];

    public static string AgentName(SampleContext c) => c.Faker.PersonName();

    // 地政士開業執照 / 證書字號 as printed on agents' stamps.
    public static string AgentLicence(SampleContext c) => c.Pick(
        $"({c.Next(85, 112)}){c.County.Short}地政士字第{c.Next(1, 3000):000000}號",
        $"({c.Next(80, 110)})台內地登字第{c.Next(1, 30000):000000}號",
        $"地政士證書字號：({c.Next(85, 112)})台內地字第{c.Next(1, 30000):000000}號");

    public static DateOnly ContractDate(SampleContext c) => c.Date.AddDays(-c.Next(2, 28));

    /// <summary>The numbered points, attachments, agent and signatures that close a land agent's cover letter.</summary>
    public static PageContent AgentLetterEnd(PageBuilder page, SampleContext c, string agent, string[] points, string[] attachmentPool)
    {
        for (var i = 0; i < points.Length; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", points[i], 0.2f);
        }

        DocumentParts.Attachments(page, c, attachmentPool);
        page.Space(8);
        AgentBlock(page, c, agent);
        page.Line($"{c.Pick("委任人", "申報人")}：{c.Applicant.Name}", 2.2f);
        DocumentParts.DateLine(page, c);
        return page.Build();
    }

    public static void AgentBlock(PageBuilder page, SampleContext c, string agent)
    {
        page.Line($"{c.Pick("代理人", "代理申報人", "受託人")}：{agent}{DocumentParts.Blank}{c.Pick("地政士", "（地政士）", "土地登記專業代理人")}", 2.2f);
        page.Line(AgentLicence(c), 2.2f, size: 10f);
        if (c.Chance(0.7))
        {
            page.Line($"{c.Pick("事務所", "地址")}：{c.Faker.Address(c.County)}", 1.8f, size: 10f);
        }
    }

    // The party giving up the property, named as the cause calls them.
    public static string Counterpart(SampleContext c, string cause) => cause switch
    {
        "買賣" => c.Pick("出賣人", "義務人", "賣方"),
        "贈與" or "夫妻贈與" => c.Pick("贈與人", "義務人"),
        "拍賣" => "原所有權人",
        "典權" => c.Pick("出典人", "義務人"),
        _ => "義務人",
    };

    public static string Receiver(SampleContext c, string cause) => cause switch
    {
        "買賣" => c.Pick("買受人", "權利人", "買方"),
        "贈與" or "夫妻贈與" => c.Pick("受贈人", "權利人"),
        "拍賣" => "拍定人",
        "典權" => c.Pick("典權人", "權利人"),
        _ => "權利人",
    };
}
