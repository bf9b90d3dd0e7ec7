using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// 土地增值稅申報 (土地稅法 art. 28-34): the land transfer return ("土地現值申報"), with the
// declared and previous values per parcel, and the one-time 10% self-use rate (art. 34).
internal sealed class LandValueIncrementTaxDeclarationTemplate() : LayoutTemplate(
    SampleLabels.LandValueIncrementTaxDeclaration, [AttachmentKind.SaleContractExcerpt, AttachmentKind.IdCardCopy, AttachmentKind.HouseholdRegisterCopy],
    ("declaration-table", DeclarationTable), ("agent-cover-letter", AgentLetter), ("self-use-rate-letter", SelfUseRateLetter))
{
    private static readonly string[] Titles = ["土地增值稅（土地現值）申報書", "土地移轉現值申報書", "土地增值稅申報書", "土地現值申報書"];

    private static readonly string[] AttachmentPool =
        ["土地買賣契約書影本", "土地所有權狀影本", "身分證影本", "戶口名簿影本", "委託書", "贈與稅繳清證明書", "地價稅繳款書影本"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "地價稅";

    private static string Cause(SampleContext c) => c.Chance(0.7) ? "買賣" : c.Faker.PickOf(TransferParts.Causes);

    private static string SelfUse(SampleContext c) => c.Pick(
        "申請按自用住宅用地稅率（10%）課徵土地增值稅：□是　■否",
        "申請按自用住宅用地稅率課徵：■是（□一生一次　■一生一屋）　□否",
        "是否申請適用土地稅法第34條自用住宅用地稅率：■是　□否",
        "□申請按自用住宅用地稅率課徵土地增值稅（一生一次）");

    private static PageContent DeclarationTable(SampleContext c)
    {
        var page = new PageBuilder(10.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        var cause = Cause(c);
        var buyer = c.Faker.PersonName();
        page.Grid(
            [
                [TransferParts.Counterpart(c, cause), c.Applicant.Name, "身分證統一編號", c.Applicant.NationalId],
                [TransferParts.Receiver(c, cause), buyer, "身分證統一編號", c.Faker.NationalId()],
                ["移轉原因", cause, c.Pick("契約日期", "訂約日期", "立約日期"), c.DateText(TransferParts.ContractDate(c))],
                ["通訊地址", c.Applicant.Address],
            ],
            [0.2f, 0.3f, 0.2f, 0.3f]);
        List<IReadOnlyList<string>> parcels =
            [["土地坐落（段小段地號）", "面積（㎡）", "權利範圍", "申報移轉現值（元/㎡）", "前次移轉現值或原規定地價"]];
        for (var i = c.Next(1, 4); i > 0; i--)
        {
            var announced = c.Next(2_000, 45_000);
            parcels.Add([
                c.Parcel(), $"{c.Next(30, 900)}.{c.Next(0, 100):00}", c.Pick("全部", "1/2", "1/4", "3/10"),
                c.Pick("按公告土地現值", announced.ToString("#,0", CultureInfo.InvariantCulture)),
                $"{c.Next(65, 108)}年{c.Next(1, 13)}月 {(announced * c.Next(30, 80) / 100).ToString("#,0", CultureInfo.InvariantCulture)}元",
            ]);
        }

        page.Space(6).Grid(parcels, [0.3f, 0.12f, 0.12f, 0.22f, 0.24f], shade: false, size: 9.5f);
        page.Space(6).Line(SelfUse(c));
        page.Paragraph(c.Pick(
            "本件土地移轉，依土地稅法第49條規定，於訂定契約之日起30日內申報土地移轉現值；地上房屋另案申報契稅。",
            "申報移轉現值低於公告土地現值者，依公告土地現值計算土地增值稅。",
            "依土地稅法第30條規定，按申報當期公告土地現值申報，請核定土地增值稅。"));
        if (c.Chance(0.7))
        {
            TransferParts.AgentBlock(page, c, TransferParts.AgentName(c));
        }

        DocumentParts.Closing(page, c, c.Pick("申報人", "義務人", "申報人（出賣人）"));
        return page.Build();
    }

    private static PageContent AgentLetter(SampleContext c)
    {
        var agent = TransferParts.AgentName(c);
        var cause = Cause(c);
        var page = DocumentParts.TitledPage(c, 18f, 8, $"{agent}地政士事務所", "地政士事務所 函", $"{agent} 代書事務所");

        page.Line($"受文者：{c.Bureau}").Space(4);
        page.Hanging("主旨：", c.Pick(
            $"檢送土地{cause}移轉現值申報書一份，請核發土地增值稅繳款書。",
            $"代理{c.Applicant.Name}君辦理土地{cause}移轉，申報土地增值稅，請查照。",
            $"為{c.County.Name}{c.Town.Name}{c.Parcel()}土地{cause}移轉，代為申報土地現值，請核辦。"));
        page.Line("說明：");
        string[] points =
        [
            $"{TransferParts.Counterpart(c, cause)}{c.Applicant.Name}、{TransferParts.Receiver(c, cause)}{c.Faker.PersonName()}於{c.DateText(TransferParts.ContractDate(c))}訂立{cause}契約。",
            $"移轉土地{c.Next(1, 4)}筆，面積合計{c.Next(40, 900)}.{c.Next(0, 100):00}平方公尺，按{c.Pick("申報當期公告土地現值", "公告現值")}申報。",
            c.Pick("本件是否適用自用住宅用地稅率，請依所附戶籍資料核定。", "本件原地價依前次移轉現值計算，請扣除改良土地費用。", "地上建物部分之契稅申報書另案送件。"),
            c.Pick("土地增值稅繳款書請交本事務所轉交。", "如有疑義請逕洽本事務所承辦人。"),
        ];
        return TransferParts.AgentLetterEnd(page, c, agent, points, AttachmentPool);
    }

    private static PageContent SelfUseRateLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 18f, 8, "土地增值稅自用住宅用地稅率申請書", "申請書", "申請按自用住宅用地稅率課徵土地增值稅");

        page.Line(c.Pick($"受文者：{c.Bureau}", "敬啟者：")).Space(4);
        var parcel = c.Parcel();
        page.Paragraph($"本人所有{c.County.Name}{c.Town.Name}{parcel}土地（面積{c.Next(40, 300)}.{c.Next(0, 100):00}平方公尺），地上房屋門牌{c.PropertyAddress()}，於{c.DateText(TransferParts.ContractDate(c))}出售予{c.Faker.PersonName()}，已申報土地移轉現值。");
        page.Paragraph(c.Pick(
            "出售前一年內本人及家屬均設籍於該址，房屋未出租亦未供營業使用。",
            "本人及配偶於出售前已在該址設立戶籍並連續居住，未曾出租或營業。",
            "該地為本人一生一次之自用住宅用地，都市土地面積未超過三公畝。"));
        page.Paragraph(c.Pick(
            $"爰依土地稅法第34條規定，請{c.You()}就本筆土地按自用住宅用地稅率百分之十課徵土地增值稅。",
            $"請{c.You()}依土地稅法第34條第5項一生一屋規定，按10%優惠稅率核課土地增值稅。",
            $"懇請{c.You()}准按自用住宅用地稅率計課土地增值稅，原申報書如附。"));
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c, c.Pick("申請人", "申請人（出賣人）", "土地所有權人"));
        return page.Build();
    }
}
