using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// 契稅申報 (契稅條例): the new owner's return on a house transfer within 30 days of the contract.
// Rates: sale, gift, occupation 6%; exchange and partition 2%; 典權 4%. Shares 買賣, 移轉, 契約,
// 地政士 and 評定現值 with land value increment tax returns on purpose.
internal sealed class DeedTaxDeclarationTemplate() : LayoutTemplate(
    SampleLabels.DeedTaxDeclaration, [AttachmentKind.SaleContractExcerpt, AttachmentKind.IdCardCopy, AttachmentKind.TaxBillCopy],
    ("declaration-table", c => DeclarationTable(c, Deal.Draw(c))),
    ("agent-cover-letter", c => AgentLetter(c, Deal.Draw(c))), ("key-value-list", c => KeyValueList(c, Deal.Draw(c))))
{
    private static readonly string[] Titles = ["契稅申報書", "房屋契稅申報書", "契稅申報書（買賣）", "不動產契稅申報書"];

    private static readonly string[] Kinds = ["買賣", "典權", "交換", "贈與", "分割", "占有"];

    private static readonly string[] AttachmentPool =
        ["公定契紙（契約書）正本", "買賣契約書影本", "身分證影本", "建物所有權狀影本", "房屋稅繳款書影本", "委託書", "法院拍賣權利移轉證書"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "房屋稅";

    private static string Money(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static PageContent DeclarationTable(SampleContext c, Deal d)
    {
        var page = new PageBuilder(11f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        page.Line($"契約種類：{DocumentParts.Checkboxes(c, Kinds, Array.IndexOf(Kinds, d.Kind))}");
        page.Grid(
            [
                [TransferParts.Receiver(c, d.Kind), c.Applicant.Name, "身分證統一編號", c.Applicant.NationalId],
                [TransferParts.Counterpart(c, d.Kind), d.Seller, "身分證統一編號", d.SellerId],
                ["房屋坐落", d.House],
                [c.Pick("房屋稅籍編號", "稅籍編號"), c.HouseTaxNumber, "權利範圍", d.Share],
                ["立契日期", c.DateText(d.ContractDate), "申報日期", c.DateText()],
                [c.Pick("移轉價格（契價）", "契約價格"), Money(d.Price), c.Pick("房屋評定現值", "評定標準價格"), Money(d.Assessed)],
                ["稅率", d.Rate, c.Pick("應納稅額", "契稅稅額"), Money(d.Assessed * d.RatePercent / 100)],
                ["通訊地址", c.Applicant.Address],
            ],
            [0.2f, 0.3f, 0.22f, 0.28f]);
        page.Space(6).Paragraph(c.Pick(
            "上開房屋於立契後30日內依契稅條例第16條規定申報契稅，土地部分另行申報土地增值稅（土地現值）。",
            "本件房屋移轉，依契稅條例規定申報，請核發契稅繳款書。",
            "契價低於房屋評定現值者，依評定現值核課；土地移轉現值另案申報。"));
        if (c.Chance(0.6))
        {
            TransferParts.AgentBlock(page, c, TransferParts.AgentName(c));
        }

        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, "申報人");
        return page.Build();
    }

    private static PageContent AgentLetter(SampleContext c, Deal d)
    {
        var agent = TransferParts.AgentName(c);
        var page = DocumentParts.TitledPage(c, 18f, 8, $"{agent}地政士事務所", "地政士事務所 函", $"{agent} 代書事務所");

        page.Line($"受文者：{c.Bureau}").Space(4);
        page.Hanging("主旨：", c.Pick(
            $"檢送{d.Kind}{c.Pick("契稅申報書", "房屋移轉契約")}及相關文件，請惠予核發契稅繳款書。",
            $"代理{c.Applicant.Name}君申報房屋{d.Kind}移轉契稅，請查照辦理。",
            $"為{c.Applicant.Name}與{d.Seller}房屋{d.Kind}案，代為申報契稅，請核辦。"));
        page.Line("說明：");
        string[] points =
        [
            $"本件房屋坐落{d.House}，稅籍編號{c.HouseTaxNumber}，權利範圍{d.Share}。",
            $"雙方於{c.DateText(d.ContractDate)}訂立{c.Pick("不動產買賣契約", "公定契紙", "移轉契約")}，契價{c.Amount(d.Price)}，房屋評定現值{c.Amount(d.Assessed)}。",
            c.Pick("依契稅條例第16條規定，於訂約之日起30日內檢附契約申報。", "本件依契稅條例第3條規定，按評定現值百分之六申報納稅。"),
            c.Pick("土地部分之土地增值稅（土地現值）申報書已另案送件。", "繳款書請交本事務所代為轉交繳納。", "如需補正，請逕洽本事務所。"),
        ];
        return TransferParts.AgentLetterEnd(page, c, agent, points, AttachmentPool);
    }

    private static PageContent KeyValueList(SampleContext c, Deal d)
    {
        var page = new PageBuilder();
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        string[] lines =
        [
            $"申報人（{TransferParts.Receiver(c, d.Kind)}）：{c.Applicant.Name}　{c.Applicant.NationalId}",
            $"{TransferParts.Counterpart(c, d.Kind)}：{d.Seller}",
            $"移轉原因：{d.Kind}{DocumentParts.Blank}立契日期：{c.DateText(d.ContractDate)}",
            $"房屋門牌：{d.House}",
            $"房屋稅籍編號：{c.HouseTaxNumber}{DocumentParts.Blank}權利範圍：{d.Share}",
            $"契價：{c.Amount(d.Price)}",
            $"房屋評定現值：{c.Amount(d.Assessed)}",
            $"稅率：{d.Rate}{DocumentParts.Blank}應納契稅：{c.Amount(d.Assessed * d.RatePercent / 100)}",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            page.Line($"{ChineseNumerals.Common(i + 1)}、{lines[i]}", 0.1f);
        }

        page.Space(6).Paragraph(c.Pick(
            "上列房屋移轉，依契稅條例規定申報契稅，請准予查定。",
            "以上申報事項均屬實，契約影本如附，請核定契稅。",
            $"本件與土地增值稅申報同時送件，請{c.You()}併案辦理。"));
        if (c.Chance(0.5))
        {
            TransferParts.AgentBlock(page, c, TransferParts.AgentName(c));
        }

        DocumentParts.Closing(page, c, c.Pick("申報人", "納稅義務人"));
        return page.Build();
    }

    private sealed record Deal(string Kind, string Seller, string SellerId, string House, string Share, DateOnly ContractDate, long Price, long Assessed, string Rate, int RatePercent)
    {
        public static Deal Draw(SampleContext c)
        {
            var kind = c.Chance(0.7) ? "買賣" : c.Faker.PickOf(Kinds);
            var (rate, percent) = kind switch
            {
                "交換" or "分割" => (c.Pick("2%", "百分之二"), 2),
                "典權" => (c.Pick("4%", "百分之四"), 4),
                _ => (c.Pick("6%", "百分之六"), 6),
            };
            var assessed = c.Faker.Money(150_000, 1_800_000) / 100 * 100;
            return new Deal(
                kind, c.Faker.PersonName(), c.Faker.NationalId(), c.PropertyAddress(), c.Pick("全部", "1/2", "1/1"),
                TransferParts.ContractDate(c), assessed * c.Next(4, 12), assessed, rate, percent);
        }
    }
}
