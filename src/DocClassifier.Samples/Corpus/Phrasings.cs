namespace DocClassifier.Samples.Corpus;

// Words that forms of different counties and years say differently. One document keeps one choice
// per word (a form does not switch between 臺 and 台 halfway), and the original stays the most
// likely choice, so the classes' own wording is never lost.
internal static class Phrasings
{
    private static readonly (string Word, string[] Alternatives)[] Table =
    [
        ("身分證統一編號", ["身分證號碼", "國民身分證統一編號", "身分證字號", "身份證字號"]),
        ("身分證字號", ["身分證號", "身份證號碼", "身分證統一編號"]),
        ("納稅義務人", ["納稅人", "義務人", "所有權人"]),
        ("立申請書人", ["申請人"]),
        ("聯絡電話", ["電話號碼", "連絡電話", "聯絡方式", "TEL"]),
        ("通訊地址", ["聯絡地址", "通訊處", "寄送地址", "住居所"]),
        ("戶籍地址", ["戶籍地", "設籍地址"]),
        ("此致", ["此上", "謹致", "敬致"]),
        ("謹呈", ["此致", "敬呈"]),
        ("銷帳編號", ["繳款書編號", "銷帳號碼", "稅單編號"]),
        ("稅籍編號", ["稅籍號碼", "稅籍號", "房屋稅籍"]),
        ("檢附", ["附送", "隨文檢附", "附上"]),
        ("影本", ["影印本", "copy", "複印本"]),
        ("請准予", ["惠請准予", "請予", "敬請准予"]),
        ("謝謝", ["感謝", "感恩", "謝謝您"]),
        ("申請日期", ["填表日期", "日期"]),
        ("新臺幣", ["新台幣", "NT$", "台幣"]),
        ("臺", ["台"]),
        ("年期", ["年度"]),
        ("蓋章", ["簽章", "印"]),
        ("權利範圍", ["持分", "權利持分"]),
        ("所有權人", ["所有人", "業主"]),
        ("規定", ["規定辦理", "之規定"]),
        ("辦理", ["處理", "辦理"]),
    ];

    public static string Rewrite(string text, IReadOnlyDictionary<string, string> choices)
    {
        foreach (var (word, replacement) in choices)
        {
            text = text.Replace(word, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    // This document's wording: about one word in three takes an alternative.
    public static IReadOnlyDictionary<string, string> Choose(Random random, double share)
    {
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, alternatives) in Table)
        {
            if (random.NextDouble() < share && !choices.Keys.Any(k => k.Contains(word, StringComparison.Ordinal) || word.Contains(k, StringComparison.Ordinal)))
            {
                choices[word] = alternatives[random.Next(alternatives.Length)];
            }
        }

        return choices;
    }
}
