namespace DocClassifier.Extraction;

/// <summary>
/// CJK Radicals Supplement code points (U+2E80-U+2EFF) that PDF producers emit for ordinary characters
/// sharing the same glyph; NFKC leaves all but two of them alone, so they are folded here.
/// </summary>
internal static class CjkRadicals
{
    private static readonly Dictionary<char, char> Ordinary = new()
    {
        ['\u2E8C'] = '小', ['\u2E8D'] = '小', ['\u2E95'] = '彐', ['\u2EA0'] = '民', ['\u2EA9'] = '王',
        ['\u2EAE'] = '竹', ['\u2EC4'] = '西', ['\u2EC5'] = '见', ['\u2EC8'] = '讠', ['\u2EC9'] = '贝',
        ['\u2ECB'] = '车', ['\u2ED1'] = '長', ['\u2ED3'] = '长', ['\u2ED4'] = '门', ['\u2ED7'] = '雨',
        ['\u2ED8'] = '青', ['\u2EDA'] = '页', ['\u2EDB'] = '风', ['\u2EDC'] = '飞', ['\u2EDD'] = '食',
        ['\u2EE2'] = '马', ['\u2EE3'] = '骨', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟',
        ['\u2EE8'] = '麦', ['\u2EE9'] = '黄', ['\u2EEB'] = '齊', ['\u2EEC'] = '齐', ['\u2EED'] = '齒',
        ['\u2EEE'] = '齿', ['\u2EEF'] = '竜', ['\u2EF0'] = '龙', ['\u2EF2'] = '亀',
    };

    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= '\u2E80' and <= '\u2EFF'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Ordinary.TryGetValue(source[i], out var ordinary) ? ordinary : source[i];
            }
        });
    }
}
