namespace DocClassifier.Samples.Corpus;

// Surnames roughly in their order of frequency in Taiwan (the first ten cover half the
// population) and characters common in given names of people born 1940-2000.
internal static class ChineseNames
{
    public static string[] Surnames { get; } =
    [
        "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭", "邱", "曾", "廖",
        "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡", "朱", "鍾", "游", "彭",
        "詹", "胡", "施", "沈", "余", "盧", "梁", "趙", "顏", "柯", "翁", "魏", "孫", "戴",
    ];

    public static string[] MaleCharacters { get; } =
    [
        "志", "明", "俊", "傑", "建", "宏", "家", "豪", "文", "彥", "冠", "宇", "承", "翰", "信", "良", "國", "榮",
        "正", "雄", "德", "輝", "政", "勳", "泓", "睿", "柏", "宗", "仁", "昇", "哲", "偉", "金", "水", "清", "坤",
    ];

    public static string[] FemaleCharacters { get; } =
    [
        "淑", "芬", "美", "玲", "雅", "婷", "怡", "君", "佩", "珊", "靜", "宜", "惠", "如", "秀", "英", "麗", "華",
        "欣", "穎", "詩", "涵", "筱", "雯", "佳", "蓉", "月", "春", "貞", "琴",
    ];

    // Company names: an auspicious or local first part, a trade, a legal form.
    public static string[] CompanyPrefixes { get; } =
    [
        "嘉南", "祥和", "宏達", "永泰", "聯益", "大成", "鼎盛", "昇陽", "誠信", "立德", "全興", "長榮興", "福興",
        "振宇", "新光陽", "協和", "三友", "金鴻", "東昇", "順發", "佳禾", "華隆", "玉山明", "百川",
    ];

    public static string[] Trades { get; } =
    [
        "建設", "營造", "實業", "企業", "食品", "貿易", "開發", "物流", "科技", "工業", "農產", "不動產仲介經紀",
        "機械", "塑膠", "電器", "印刷", "醫療器材", "餐飲",
    ];

    public static string[] LegalForms { get; } = ["股份有限公司", "股份有限公司", "有限公司", "有限公司", "企業社", "商行"];
}
