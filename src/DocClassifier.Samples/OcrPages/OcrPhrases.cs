using System.Globalization;

namespace DocClassifier.Samples.OcrPages;

/// <summary>
/// The words of the OCR pages: what Taiwanese tax letters, forms and notices say, with names, addresses,
/// ROC dates, document numbers, IDs and amounts drawn from one seeded Random (the same page every time).
/// </summary>
public sealed class OcrPhrases(Random random)
{
    private static readonly string[] Counties = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣"];
    private static readonly string[] Districts = ["中正區", "板橋區", "三重區", "中和區", "永和區", "新莊區", "新店區", "土城區", "蘆洲區", "汐止區", "樹林區", "鶯歌區", "三峽區", "淡水區", "竹北市", "頭份市", "員林市", "斗六市", "太保市", "屏東市", "羅東鎮", "吉安鄉", "卑南鄉"];
    private static readonly string[] Roads = ["中山路", "民生路", "復興路", "和平東路", "忠孝西路", "文化路", "光復路", "中華路", "自強街", "信義路", "建國北路", "民族路", "成功路", "林森南路", "仁愛路"];
    private static readonly string[] Surnames = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周"];
    private static readonly string[] GivenNames = ["志明", "淑芬", "美玲", "建宏", "俊傑", "雅婷", "家豪", "怡君", "宗翰", "佩珊", "冠廷", "秀英", "文雄", "麗華", "承恩", "欣怡", "國華", "惠美"];
    private static readonly string[] Taxes = ["房屋稅", "地價稅", "契稅", "土地增值稅", "使用牌照稅", "印花稅", "娛樂稅"];
    private static readonly string[] Agencies = ["稅捐稽徵處", "地方稅務局", "稅務局"];
    private static readonly string[] Forms = ["契稅申報書", "房屋稅減免申請書", "地價稅自用住宅用地申請書", "退稅申請書", "分期繳納申請書", "使用牌照稅免稅申請書", "復查申請書", "娛樂稅代徵報繳書", "印花稅大額憑證報繳書"];
    private static readonly string[] Subjects =
    [
        "臺端申請{tax}退稅一案，經核符合規定，退稅款將於本函送達後十日內匯入指定帳戶，請查照。",
        "有關臺端所有坐落{address}之房屋，申請按自住用稅率課徵{tax}一案，復如說明，請查照。",
        "貴公司{year}年度{tax}稅額已核定，請於繳納期間內持繳款書至代收金融機構繳納，逾期將依法加徵滯納金。",
        "臺端申請{tax}分期繳納一案，准予分{n}期繳納，請依所附繳款書之期限按期繳納，請查照。",
        "檢送臺端申請之{tax}繳納證明書一份，請查收。",
        "為辦理{year}年度{tax}開徵作業，請於{date}前檢具相關證明文件向本處申報，逾期不予受理。",
    ];
    private static readonly string[] Explanations =
    [
        "依據臺端{date}申請書辦理。",
        "本案房屋稅籍編號{houseNumber}，經派員實地勘查，確供自住使用，自{year}年期起按住家用稅率課徵。",
        "退稅金額計新臺幣{amount}元，請將退稅款存入臺端於申請書所填之金融機構帳戶。",
        "如不服本處核定，得於收到本函之次日起三十日內，檢附證明文件申請復查。",
        "旨揭土地所有權人{name}，身分證統一編號{personId}，請於期限內繳納應納稅額。",
        "本件原核定字號{letterNumber}，應補徵稅額新臺幣{amount}元，已另行寄發繳款書。",
        "依{tax}條例第{n}條規定，納稅義務人應於移轉登記前申報並繳納稅款。",
        "副本抄送{county}{district}戶政事務所及地政事務所，請協助辦理註記事宜。",
        "聯絡電話{phone}，承辦人{name}，如有疑問請於上班時間洽詢。",
        "營利事業統一編號{businessId}之{company}，應於{date}前補正資料，逾期依法處理。",
    ];
    private static readonly string[] Notes =
    [
        "本申請書應由納稅義務人親自填寫並簽名或蓋章。",
        "如委託他人代理申請，應檢附委託書及受託人身分證明文件影本。",
        "房屋如有出租或供營業使用者，不得申請按自住用稅率課徵。",
        "繳款書所載之稅額如有疑義，請於繳納期間內向本處查詢。",
        "逾期繳納者，每逾二日按滯納數額加徵百分之一滯納金。",
        "本處網站提供線上申辦服務，可免除臨櫃往返之不便。",
        "申請人之通訊地址如有變更，應即向本處申請變更登記。",
        "各項證明文件請檢附影本一份，並於影本上加註與正本相符字樣。",
        "退稅款以匯入納稅義務人本人之帳戶為限，恕不受理他人帳戶。",
        "本案所附之證明文件，本處得依法查核其真實性。",
    ];
    private static readonly string[] Companies = ["大明建設股份有限公司", "永福食品有限公司", "華新實業股份有限公司", "東海企業社", "長榮貿易有限公司", "新光電子股份有限公司"];

    public string County() => Pick(Counties);

    public string Name() => Pick(Surnames) + Pick(GivenNames);

    public string Tax() => Pick(Taxes);

    public string Agency() => County() + "政府" + Pick(Agencies);

    public string FormTitle() => Pick(Forms);

    public string Company() => Pick(Companies);

    public string Address() => $"{County()}{Pick(Districts)}{Pick(Roads)}{random.Next(1, 6)}段{random.Next(1, 400)}號{random.Next(2, 15)}樓";

    /// <summary>A national ID: a letter, 1 or 2, eight digits (A123456789).</summary>
    public string PersonId() => $"{(char)('A' + random.Next(0, 26))}{random.Next(1, 3)}{Digits(8)}";

    public string BusinessId() => Digits(8);

    /// <summary>A house-tax number: twelve digits, as on house-tax bills.</summary>
    public string HouseNumber() => Digits(12);

    public string LetterNumber() => $"{Pick(["北稅", "府稅", "中稅", "南稅", "高市稅"])}{Pick(["房", "字", "法", "服"])}字第{random.Next(112, 116)}{Digits(7)}號";

    public string Amount() => random.Next(300, 2_000_000).ToString("N0", CultureInfo.InvariantCulture);

    public string Phone() => $"(0{random.Next(2, 9)}){random.Next(2000, 9999)}-{random.Next(1000, 9999)}";

    public int Year() => random.Next(110, 116);

    /// <summary>An ROC date, slashed (113/11/21) or written out (中華民國113年11月21日).</summary>
    public string Date(bool written = false)
    {
        var (year, month, day) = (Year(), random.Next(1, 13), random.Next(1, 29));
        return written ? $"中華民國{year}年{month}月{day}日" : $"{year}/{month:D2}/{day:D2}";
    }

    public string Subject() => Fill(Pick(Subjects));

    public string Explanation() => Fill(Pick(Explanations));

    public string Note() => Pick(Notes);

    public string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private string Fill(string template) => template
        .Replace("{tax}", Tax(), StringComparison.Ordinal)
        .Replace("{address}", Address(), StringComparison.Ordinal)
        .Replace("{year}", Year().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 13).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", Date(written: true), StringComparison.Ordinal)
        .Replace("{houseNumber}", HouseNumber(), StringComparison.Ordinal)
        .Replace("{amount}", Amount(), StringComparison.Ordinal)
        .Replace("{name}", Name(), StringComparison.Ordinal)
        .Replace("{personId}", PersonId(), StringComparison.Ordinal)
        .Replace("{letterNumber}", LetterNumber(), StringComparison.Ordinal)
        .Replace("{county}", County(), StringComparison.Ordinal)
        .Replace("{district}", Pick(Districts), StringComparison.Ordinal)
        .Replace("{phone}", Phone(), StringComparison.Ordinal)
        .Replace("{businessId}", BusinessId(), StringComparison.Ordinal)
        .Replace("{company}", Company(), StringComparison.Ordinal);
}
