namespace DocClassifier.Samples.Corpus;

// The agencies that write to a local tax office and what they write about. Every tax of the
// other classes turns up here, because a 公文 can be about any of them.
internal static class LetterTopics
{
    public static LetterTopic Draw(SampleContext c) => c.Next(0, 9) switch
    {
        0 or 1 => Enforcement(c),
        2 => Court(c),
        3 => LandOffice(c),
        4 => HouseholdOffice(c),
        5 => NationalTax(c),
        6 => MotorVehicle(c),
        7 => TownOffice(c),
        _ => SocialAffairs(c),
    };

    // Only enforcement agencies and courts issue a 執行命令.
    public static LetterTopic DrawEnforcement(SampleContext c) => c.Chance(0.7) ? Enforcement(c) : Court(c);

    // 臺灣嘉義地方法院 → 嘉, 臺灣臺南地方法院 → 南: the court's own letter number prefix.
    private static string CourtShort(string court) => court[2] == '臺' ? court[3..4] : court[2..3];

    private static string Obligor(SampleContext c) => $"{c.Applicant.Name}（身分證統一編號：{c.Applicant.NationalId}）";

    private static string CaseNumber(SampleContext c, string court) =>
        $"{c.RocYear}年度{c.Pick("罰", "健保", "費", "綜所稅", "牌")}{court}字第{c.Next(1, 99999):00000000}號";

    private static LetterTopic Enforcement(SampleContext c)
    {
        var branch = c.County.EnforcementBranch;
        var debt = c.Pick("全民健康保險費", "綜合所得稅", "交通違規罰鍰", "營業稅", "勞工保險費", "汽車燃料使用費");
        var tax = c.Pick("房屋稅", "地價稅", "使用牌照稅", "各項地方稅");
        return c.Chance(0.6)
            ? new LetterTopic(branch, $"{branch[8..9]}執{c.Pick("甲", "乙", "丙", "丁")}", $"義務人{Obligor(c)}滯欠{debt}執行事件，禁止義務人收取對{c.Pick("貴局", "第三人")}之{tax}退稅款債權，請查照。",
                [
                    $"依行政執行法第26條準用強制執行法第115條規定辦理，本分署{CaseNumber(c, "執")}。",
                    $"義務人應納金額{c.Amount(c.Faker.Money(3_000, 900_000))}及執行必要費用，經通知迄未繳納。",
                    $"{c.Pick("貴局", "第三人")}對義務人應退還之{tax}退稅款，於上開金額範圍內，義務人不得收取或為其他處分，貴局亦不得對義務人清償。",
                    "貴局如認有異議，應於收受本命令後10日內具狀聲明異議。",
                ],
                "分署長")
            : new LetterTopic(branch, $"{branch[8..9]}執{c.Pick("甲", "乙", "丙", "丁")}", $"請查復義務人{Obligor(c)}名下不動產欠繳地價稅、房屋稅情形，請查照。",
                [
                    $"本分署執行義務人滯欠{debt}事件，擬拍賣義務人所有坐落{c.County.Name}{c.Town.Name}{c.Parcel()}土地及其地上建物。",
                    "為確定拍賣底價及優先受償之稅捐，請查明上開不動產有無欠繳房屋稅、地價稅，並計算土地增值稅應納稅額。",
                    "請於文到7日內函復，逾期未復視為無欠稅。",
                ],
                "分署長");
    }

    private static LetterTopic Court(SampleContext c)
    {
        var court = c.County.Court + "民事執行處";
        return new LetterTopic(court, $"{CourtShort(c.County.Court)}院{c.Pick("民執", "司執")}{c.Pick("甲", "乙", "丙")}", c.Pick(
                $"債務人{Obligor(c)}所有不動產拍賣，請查報應繳納之土地增值稅、地價稅及房屋稅稅額，請查照。",
                $"債權人{c.Faker.CompanyName()}與債務人{c.Applicant.Name}間清償債務強制執行事件，禁止債務人收取對貴局之退稅款，請查照。"),
            [
                $"本院{c.RocYear}年度司執字第{c.Next(1, 99999):000000}號強制執行事件辦理。",
                $"查封標的：{c.County.Name}{c.Town.Name}{c.Parcel()}土地，權利範圍{c.Pick("全部", "1/2")}，及其地上建物門牌{c.PropertyAddress()}。",
                c.Pick("請依稅捐稽徵法第6條規定，將應優先受償之稅捐金額函復本院。", "債務人對貴局之退稅請求權，於債權額範圍內，禁止債務人收取或為其他處分。"),
            ],
            "司法事務官");
    }

    private static LetterTopic LandOffice(SampleContext c)
    {
        var office = c.Faker.PickOf(c.County.LandOffices);
        var parcel = c.Parcel();
        var place = office[3..].Replace("地政事務所", string.Empty, StringComparison.Ordinal);
        return new LetterTopic(office, $"{(place.Length > 0 ? place[..1] : office[..1])}地{c.Pick("登", "測", "價")}", c.Pick(
                $"{c.Town.Name}{parcel}土地辦竣所有權移轉登記，檢送登記資料，請查照。",
                $"本所辦理{c.Town.Name}地籍圖重測，地號已變更，檢送新舊地號對照清冊，請惠予更正地價稅籍資料。",
                $"建物門牌{c.PropertyAddress()}辦竣建物所有權第一次登記，請查照並辦理房屋稅籍登記。"),
            [
                $"依土地登記規則及地籍清理相關規定辦理，收件字號{c.RocYear}年{c.Pick("登", "測")}字第{c.Next(1, 99999):000000}號。",
                $"權利人{c.Applicant.Name}，{c.Pick("登記原因：買賣", "登記原因：繼承", "登記原因：贈與", "登記原因：第一次登記")}，登記日期{c.DateText(c.Date.AddDays(-c.Next(2, 20)))}。",
                c.Pick("請貴局據以更正地價稅及土地增值稅稅籍資料。", "檢附異動清冊一份，請查照。", "副本抄送權利人。"),
            ],
            "主任");
    }

    private static LetterTopic HouseholdOffice(SampleContext c)
    {
        var office = $"{c.County.Name}{c.Town.Name}戶政事務所";
        return new LetterTopic(office, $"{c.Town.Name[..1]}戶{c.Pick("字", "登字", "籍字")}", c.Pick(
                $"本所轄區{c.Pick(c.Town.Villages)}門牌整編作業完竣，檢送門牌新舊對照表，請更正房屋稅籍門牌資料。",
                $"函復{c.You()}查詢{c.Applicant.Name}君戶籍登記資料，請查照。"),
            [
                $"復{c.You()}{c.DateText(c.Date.AddDays(-c.Next(5, 30)))}{c.Pick("嘉縣財稅房", "財稅地", "稅籍")}字第{c.RocYear}{c.Next(0, 10_000_000):0000000}號函。",
                c.Pick(
                    $"{c.Applicant.Name}君自{c.DateText(c.Date.AddDays(-c.Next(60, 900)))}起設籍於{c.PropertyAddress()}，{c.Pick("現仍設籍中", "已於" + c.DateText(c.Date.AddDays(-c.Next(5, 50))) + "遷出")}。",
                    $"門牌整編範圍計{c.Next(20, 400)}戶，自{c.DateText(c.Date.AddDays(c.Next(5, 30)))}起生效。"),
                c.Pick("本資料僅供地價稅自用住宅用地審核使用。", "請依規定辦理房屋稅籍資料更正。"),
            ],
            "主任");
    }

    private static LetterTopic NationalTax(SampleContext c)
    {
        var branch = c.County.NationalTaxBranch;
        return new LetterTopic(branch, $"{branch[3..5]}國稅{c.Pick("銷審", "遺贈", "審四")}", c.Pick(
                $"被繼承人{c.Faker.PersonName()}遺產稅案件業經核定，檢送遺產稅繳清證明書影本，請查照。",
                $"贈與人{c.Applicant.Name}贈與土地案，本局已核發贈與稅不計入贈與總額證明書，請查照辦理土地增值稅及契稅事宜。",
                $"營業人{c.Faker.CompanyName()}（統一編號{c.Faker.BusinessNumber()}）已辦理停業登記，請查照。"),
            [
                $"依遺產及贈與稅法及稅捐稽徵法相關規定辦理。",
                c.Pick(
                    $"遺產內含{c.County.Name}{c.Town.Name}{c.Parcel()}土地及地上房屋，稅籍編號{c.HouseTaxNumber}。",
                    $"受贈人{c.Faker.PersonName()}，贈與標的{c.Parcel()}土地，贈與日期{c.DateText(c.Date.AddDays(-c.Next(10, 60)))}。",
                    "該營業人如有娛樂稅、印花稅或房屋稅欠稅，請依法辦理。"),
                "副本抄送納稅義務人。",
            ],
            "局長");
    }

    private static LetterTopic MotorVehicle(SampleContext c) =>
        new(c.County.MotorVehicleOffice, $"{c.County.Name[..1]}監{c.Pick("單", "車", "字")}", c.Pick(
                $"車號{c.Plate}車輛業經辦理{c.Pick("報廢", "繳銷牌照", "過戶", "註銷牌照")}登記，請查照更正使用牌照稅籍。",
                $"檢送{c.RocYear}年{c.Next(1, 13)}月份吊扣、繳銷牌照車輛異動清冊，請查照。"),
            [
                $"車主{c.Applicant.Name}，車號{c.Plate}，{c.Pick("自用小客車", "自用小貨車", "普通重型機車")}，異動日期{c.DateText(c.Date.AddDays(-c.Next(3, 40)))}。",
                c.Pick("請依使用牌照稅法規定辦理停徵或退稅事宜。", "吊扣期間使用牌照稅請依規定辦理。", "車輛異動資料已同步傳輸，本函僅供核對。"),
            ],
            c.County.MotorVehicleOffice.EndsWith('站') ? "站長" : c.County.MotorVehicleOffice.EndsWith('處') ? "處長" : "所長");

    private static LetterTopic TownOffice(SampleContext c)
    {
        var office = $"{c.County.Name}{c.Town.Name}公所";
        return new LetterTopic(office, $"{c.Town.Name[..1]}{c.Town.Name[^1..]}{c.Pick("民", "農", "建")}", $"檢送{c.Pick("凱米颱風", "山陀兒颱風", "0806豪雨", "火災")}災害房屋毀損勘查紀錄表，請依規定辦理房屋稅減免事宜，請查照。",
            [
                $"本所於{c.DateText(c.Date.AddDays(-c.Next(5, 30)))}會同村（里）長辦理災害勘查。",
                $"受災房屋{c.Next(1, 30)}戶，其中{c.Applicant.Name}君所有{c.PropertyAddress()}房屋毀損面積{c.Pick("達三成以上", "超過五成")}。",
                "請依房屋稅條例第15條規定辦理減免，並副知受災戶。",
            ],
            c.Town.Name.EndsWith('區') ? "區長" : c.Town.Name.EndsWith('鄉') ? "鄉長" : c.Town.Name.EndsWith('鎮') ? "鎮長" : "市長");
    }

    private static LetterTopic SocialAffairs(SampleContext c)
    {
        var bureau = $"{c.County.Name}政府社會局";
        return new LetterTopic(bureau, $"{c.County.Name[..1]}{c.County.Name[^1..]}社障", $"本局{c.RocYear}年{c.Next(1, 13)}月份身心障礙證明註銷及重新鑑定名冊，請查照並配合辦理使用牌照稅免稅車輛清查。",
            [
                $"依身心障礙者權益保障法及使用牌照稅法第7條規定辦理。",
                $"名冊計{c.Next(10, 300)}人，其中{c.Applicant.Name}君身心障礙證明已於{c.DateText(c.Date.AddDays(-c.Next(10, 90)))}{c.Pick("註銷", "逾期失效")}。",
                "請貴局就其名下免稅車輛恢復課徵使用牌照稅。",
            ],
            "局長");
    }
}
