using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives back the tax office's own words where chi_tra read one of their characters as a look-alike: <c>稅損稽徵處</c> is
/// 稅捐稽徵處, <c>士地</c> 土地, <c>超稅</c> 契稅, <c>中請</c> 申請, <c>朕本</c> 謄本, <c>效上</c> 敬上, and a letter's closing
/// <c>此至</c> or <c>此臻</c> is 此致. A misreading is a term with one character swapped for a look-alike the model reads it as;
/// one that is a word itself (<c>規約</c>, <c>搬回</c>, <c>敬語</c>) is not one, and 此致 is taken only where a closing
/// stands, before a blank or at a line's end (<c>自此至今</c> stays).
/// </summary>
internal static class KnownTerms
{
    // Words of tax documents that chi_tra misreads, each through one character below. Chosen from the misread words of outside
    // sets A-C and of the tune half of `$B ocr-pages` (its first 300 pages; tuned on); words whose look-alike spelling is also
    // a word (以致 / 以至, 之間 / 之問題, 但期限 / 逾期) are left out.
    private static readonly string[] Terms =
    [
        "土地", "土城", "土庫", "稅捐", "捐贈", "捐款", "捐助", "契稅", "契約", "契據", "契紙", "契價", "立契", "租契",
        "申請", "申復", "申訴", "申辦", "遷入", "遷出", "遷移", "遷居", "搬遷", "敬上", "敬啟", "敬請", "敬陳", "謄本",
        "存入", "匯入", "列入", "未成年", "未繳", "尚未", "未滿", "未於", "未經", "未依", "撤銷", "撤回", "准予", "核准",
        "准許", "壹仟", "貳仟", "參仟", "肆仟", "伍仟", "陸仟", "柒仟", "捌仟", "玖仟", "柒佰", "柒萬", "柒拾", "拾柒",
        "柒元", "期間", "時間", "民間", "空間", "房間", "支票", "發票", "票據", "鄉鎮", "鎮公所", "鎮長", "中壢", "新莊",
        "莿桐", "稅務局", "財稅局", "財政局", "憑證", "帳號", "郵戳", "懇請", "鑒核", "簽名", "簽章", "洽詢", "稅籍",
        "戶籍", "籍編", "恕不受理", "來函", "復函", "函復", "函請", "函送", "卑南", "逾期", "每逾", "日期", "臺端", "臺南市",
        "臺北市", "臺中市", "臺東縣", "新臺幣", "繳款", "稅款", "身分證", "繳款書", "申請書", "委託書", "花蓮縣", "納稅", "鶯歌",
        "滯納", "稅率", "蓋章", "稅額", "課徵", "宜蘭縣", "縣政府", "中華民國", "所有", "如有", "出租",
    ];

    // A letter's closing: taken only before a blank or at a line's end.
    private const string Closing = "此致";

    // What chi_tra reads a character as (look-alikes seen among the misread words of the same pages).
    private static readonly FrozenDictionary<char, string> LookAlikes = new Dictionary<char, string>
    {
        ['致'] = "至臻", ['土'] = "士", ['捐'] = "損拍", ['契'] = "超奉規胡", ['申'] = "中", ['遷'] = "恩", ['敬'] = "效芍",
        ['謄'] = "朕膳騰勝", ['入'] = "人", ['未'] = "末", ['撤'] = "撒搬", ['准'] = "淮準", ['仟'] = "任作", ['柒'] = "染",
        ['間'] = "問", ['票'] = "栗飄", ['鎮'] = "針鐵", ['壢'] = "靂", ['莊'] = "蔣", ['莿'] = "莉", ['局'] = "居",
        ['憑'] = "把", ['帳'] = "農", ['戳'] = "截蕉堆", ['懇'] = "稻", ['鑒'] = "臣堅", ['簽'] = "答", ['洽'] = "治", ['籍'] = "藉夭",
        ['恕'] = "怨她怒", ['函'] = "范", ['卑'] = "皓插", ['逾'] = "傅", ['日'] = "口", ['臺'] = "豪", ['款'] = "球", ['證'] = "說",
        ['書'] = "畫", ['蓮'] = "夢", ['納'] = "紅幻", ['鶯'] = "從", ['滯'] = "尖", ['率'] = "浴", ['蓋'] = "董", ['額'] = "客",
        ['繳'] = "緻", ['徵'] = "微", ['宜'] = "宣", ['縣'] = "懸", ['請'] = "語", ['國'] = "冊", ['有'] = "冇", ['租'] = "祖",
    }.ToFrozenDictionary();

    // Misreadings that are words in their own right.
    private static readonly FrozenSet<string> Words = new[] { "規約", "搬回", "敬語" }.ToFrozenSet();

    private static readonly FrozenDictionary<string, string> Misreadings = MisreadingsOf([.. Terms, Closing]);

    private static readonly Regex Misread = new(
        $"{Alternation(Misreadings.Where(m => m.Value != Closing))}|(?:{Alternation(Misreadings.Where(m => m.Value == Closing))})(?=[ \\t\\u3000]|$)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Misread.Replace(text, match => Misreadings[match.Value]);
    }

    private static FrozenDictionary<string, string> MisreadingsOf(IEnumerable<string> terms)
    {
        var misreadings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            for (var i = 0; i < term.Length; i++)
            {
                foreach (var alike in LookAlikes.GetValueOrDefault(term[i], string.Empty))
                {
                    var misreading = string.Concat(term.AsSpan(0, i), alike.ToString(), term.AsSpan(i + 1));
                    if (!Words.Contains(misreading) && !Terms.Contains(misreading))
                    {
                        misreadings.TryAdd(misreading, term);
                    }
                }
            }
        }

        return misreadings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The longest first, so that a longer misreading wins over a shorter one within it.
    private static string Alternation(IEnumerable<KeyValuePair<string, string>> misreadings) =>
        string.Join('|', misreadings.Select(m => m.Key).OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).Select(Regex.Escape));
}
