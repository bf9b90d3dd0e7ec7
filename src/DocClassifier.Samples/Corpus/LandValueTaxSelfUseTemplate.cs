namespace DocClassifier.Samples.Corpus;

// 地價稅自用住宅用地優惠稅率申請 (土地稅法 art. 9, 17): the 2‰ rate for land the owner, spouse or
// lineal relatives are registered on, not rented out and not used for business.
internal sealed class LandValueTaxSelfUseTemplate() : LayoutTemplate(
    SampleLabels.LandValueTaxSelfUse, [AttachmentKind.HouseholdRegisterCopy, AttachmentKind.IdCardCopy],
    ("form-grid", FormGrid), ("free-letter", FreeLetter), ("affidavit-list", AffidavitList))
{
    private static readonly string[] Titles =
        ["地價稅自用住宅用地申請書", "地價稅按自用住宅用地稅率課徵申請書", "申請適用地價稅自用住宅用地稅率", "自用住宅用地優惠稅率申請書"];

    private static readonly string[] Registered = ["本人", "配偶", "直系親屬"];

    private static readonly string[] AttachmentPool =
        ["戶口名簿影本", "建物所有權狀影本", "土地所有權狀影本", "身分證影本", "房屋稅繳款書影本", "戶籍謄本"];

    protected override void Prepare(SampleContext c) => c.TaxTopic = "地價稅";

    private static string Area(SampleContext c) => $"{c.Next(45, 330)}.{c.Next(0, 100):00}";

    private static string Deadline(SampleContext c) => c.Pick(
        "（本申請書應於地價稅開徵四十日前，即每年9月22日前提出，逾期申請者自次年期開始適用）",
        "※每年9月22日以前申請者，當年即可適用。",
        "（逾9月22日申請者，自次年起適用）",
        string.Empty);

    private static PageContent FormGrid(SampleContext c)
    {
        var page = new PageBuilder(11.5f);
        DocumentParts.FormTitle(page, c, c.Faker.PickOf(Titles));
        DocumentParts.ReceiptLine(page, c);
        page.Grid(
            [
                DocumentParts.ApplicantRow(c, c.Pick("土地所有權人", "納稅義務人", "申請人")),
                DocumentParts.ContactRow(c),
                DocumentParts.AddressRow(c),
            ],
            [0.18f, 0.32f, 0.2f, 0.3f]);
        List<IReadOnlyList<string>> parcels = [["鄉鎮市區", "段小段及地號", "面積（平方公尺）", "權利範圍", "地上建物門牌"]];
        var house = c.PropertyAddress();
        var count = c.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            parcels.Add([c.Town.Name, c.Parcel(), Area(c), c.Pick("全部", "1/2", "1/3", "12/100"), i == 0 ? house : "同上"]);
        }

        page.Space(8).Grid(parcels, [0.12f, 0.27f, 0.15f, 0.12f, 0.34f], shade: false, size: 10f);
        var who = c.Next(0, Registered.Length);
        page.Space(8).Line("設籍情形：" + DocumentParts.Checkboxes(c, Registered, who) + "已於地上房屋辦竣戶籍登記");
        page.Line("使用情形：" + c.Pick("■無出租　■無供營業使用", "□出租　■無出租；□營業　■無營業", "■全部供自住使用"));
        page.Space(4).Paragraph(c.Pick(
            "上開土地請依土地稅法第9條及第17條規定，按自用住宅用地稅率千分之二課徵地價稅。",
            "申請人所有上列土地符合自用住宅用地要件，請准按千分之二優惠稅率課徵地價稅。",
            $"請自{c.RocYear}年起就上列土地改按自用住宅用地稅率（2‰）核課地價稅。"));
        page.Paragraph(c.Pick(
            "本人、配偶及未成年之受扶養親屬僅以一處自用住宅用地適用本稅率。",
            "都市土地面積未超過三公畝，非都市土地面積未超過七公畝。",
            "如日後有出租、營業或戶籍遷出等情形，當於30日內申報改按一般用地稅率課徵。"));
        page.Line(Deadline(c), size: 10f);
        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Declaration(page, c);
        DocumentParts.Closing(page, c, c.Pick("申請人", "土地所有權人"));
        return page.Build();
    }

    private static PageContent FreeLetter(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "申請書", "地價稅自用住宅用地申請書", "申請函");

        if (c.Chance(0.5))
        {
            page.Line($"受文者：{c.Bureau}").Space(4);
        }

        var parcel = c.Parcel();
        var bought = c.Date.AddDays(-c.Next(20, 400));
        page.Paragraph(c.Pick(
            $"本人於{c.DateText(bought)}取得{c.County.Name}{c.Town.Name}{parcel}土地（面積{Area(c)}平方公尺），地上建物門牌為{c.PropertyAddress()}。",
            $"本人所有坐落{c.Town.Name}{parcel}之土地，地上房屋為本人自住，門牌{c.PropertyAddress()}。",
            $"申請人{c.Applicant.Name}所有{parcel}土地一筆，目前按一般用地稅率課徵地價稅。"));
        page.Paragraph(c.Pick(
            $"本人及{c.Pick("配偶", "配偶、子女", "母親")}已於{c.DateText(bought.AddDays(c.Next(5, 60)))}將戶籍遷入該址，房屋供家人居住，並無出租亦無供營業使用。",
            "該址為本人全家居住所在，戶籍均設於此，未曾出租或作營業使用。",
            "地上房屋由本人及家屬居住，已辦竣戶籍登記，無出租、無營業情形。"));
        page.Paragraph(c.Pick(
            $"爰依土地稅法第17條規定，請{c.You()}准予自本年期起按自用住宅用地稅率千分之二課徵地價稅。",
            $"懇請{c.You()}依土地稅法第9條、第17條規定，准予按自用住宅用地優惠稅率核課地價稅。",
            $"敬請{c.You()}惠予核准適用地價稅自用住宅用地稅率，如需補正資料請通知本人。"));
        if (c.Chance(0.4))
        {
            page.Paragraph(c.Pick("本人另有其他自用住宅用地，擇定本筆土地適用。", "本人名下無其他適用自用住宅用地稅率之土地。"));
        }

        DocumentParts.Attachments(page, c, AttachmentPool);
        DocumentParts.Closing(page, c);
        return page.Build();
    }

    private static PageContent AffidavitList(SampleContext c)
    {
        var page = DocumentParts.TitledPage(c, 20f, 8, "切結書", "自用住宅用地切結書", "地價稅自用住宅用地申請暨切結書");

        page.Paragraph($"立切結書人{c.Applicant.Name}{c.Pick("為申請地價稅按自用住宅用地稅率課徵", "所有下列土地申請適用千分之二稅率")}，{c.Pick("特立此書切結下列事項", "茲切結如下")}：", firstIndentEm: 0f);
        page.Space(4);
        string[] items =
        [
            $"土地坐落：{c.County.Name}{c.Town.Name}{c.Parcel()}，面積{Area(c)}平方公尺。",
            $"地上建物門牌：{c.PropertyAddress()}。",
            $"設籍人：{c.Applicant.Name}{c.Pick("及其配偶", "及直系親屬", string.Empty)}，已於該址辦竣戶籍登記。",
            c.Pick("該地上建物確無出租，亦無供營業或執行業務使用。", "土地及地上房屋均無出租或營業情形。"),
            c.Pick("本人、配偶及未成年受扶養親屬以一處自用住宅用地為限。", "如有不實，願補繳依一般用地稅率計算之地價稅差額並接受處罰。"),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", items[i], 0.2f);
        }

        page.Space(6).Paragraph(c.Pick(
            "以上切結屬實，請依土地稅法第17條規定按自用住宅用地稅率課徵地價稅。",
            $"請{c.You()}准予按2‰稅率課徵地價稅，以上所述均屬實在。"));
        page.Line(Deadline(c), size: 10f);
        DocumentParts.Closing(page, c, c.Pick("立切結書人", "申請人"));
        return page.Build();
    }
}
