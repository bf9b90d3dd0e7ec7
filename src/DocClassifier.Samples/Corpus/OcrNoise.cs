using System.Text;

namespace DocClassifier.Samples.Corpus;

// Makes ground truth read like Tesseract's output on a scan, so a model trained on generated text
// meets at training time what it serves: look-alike characters swapped (稅/税, 己/已, 土/士),
// characters dropped or doubled, lines broken or run together, full-width punctuation as ASCII,
// table rules read as "|", and specks read as stray marks. A document draws one noise level, from
// clean to heavy, so the model sees the whole range.
public static class OcrNoise
{
    private static readonly string[] LookAlikes =
    [
        "稅税", "號号", "證証", "戶户", "冊册", "己已巳", "未末", "士土", "日曰", "人入八", "申甲由田", "今令", "侯候",
        "徵微徽", "籍藉", "繳徼", "請清", "複復覆", "書晝畫", "住往", "地他", "址扯", "市巿", "千干于", "口囗", "大太犬",
        "王主玉", "天夫", "問間", "貝見", "延廷", "兩雨", "辦辨辯", "財材", "段叚", "價賈", "增憎", "值植", "第弟", "准淮",
        "免兔", "減滅", "額頟", "份伤", "民氏", "國圍", "局扃", "處虛", "名各", "明朋", "0O", "1lI", "5S", "8B", "2Z",
    ];

    private static readonly Dictionary<char, string> Confusable = BuildConfusable();

    private static readonly (char FullWidth, char Ascii)[] Punctuation =
        [('：', ':'), ('，', ','), ('（', '('), ('）', ')'), ('；', ';'), ('？', '?'), ('！', '!'), ('、', ','), ('「', '"'), ('」', '"'), ('。', '.')];

    private static readonly string[] Specks = ["|", "'", ".", "_", "丨", "一", "、", "‧", ",", "\"", "-", "i"];

    public static string Apply(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);

        // Per-character rates of one document: a fifth are clean (a born-digital text layer).
        var level = random.NextDouble() switch
        {
            < 0.2 => 0.0,
            < 0.55 => 0.01,
            < 0.85 => 0.03,
            _ => 0.07,
        };
        var asciiPunctuation = random.NextDouble() < 0.7;
        var tableRules = random.NextDouble() < 0.4;
        var output = new StringBuilder(text.Length + 32);
        foreach (var line in text.Split('\n'))
        {
            if (level > 0 && random.NextDouble() < level * 2)
            {
                output.Append(Specks[random.Next(Specks.Length)]).Append(' ');
            }

            var chars = line.AsSpan();
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                var roll = random.NextDouble();
                if (roll < level * 0.25)
                {
                    continue; // dropped
                }

                if (asciiPunctuation && TryAscii(c, out var ascii))
                {
                    c = ascii;
                }
                else if (roll < level && Confusable.TryGetValue(c, out var others))
                {
                    c = others[random.Next(others.Length)];
                }

                output.Append(c);
                if (roll > 1 - (level * 0.15))
                {
                    output.Append(c); // doubled
                }

                // Rules between the cells of a form's row, which sit between Chinese words.
                if (c == ' ' && tableRules && i > 0 && chars[i - 1] > '\u2E80' && random.NextDouble() < 0.5)
                {
                    output.Append("| ");
                }
                else if (level > 0 && char.IsLetter(c) && random.NextDouble() < level * 0.1)
                {
                    output.Append('\n'); // a line broken by a speck or a fold
                }
            }

            // Lines run together when OCR misses the gap between them.
            output.Append(level > 0 && random.NextDouble() < level * 2 ? " " : "\n");
        }

        return output.ToString().TrimEnd('\n');
    }

    private static bool TryAscii(char c, out char ascii)
    {
        foreach (var (fullWidth, a) in Punctuation)
        {
            if (fullWidth == c)
            {
                ascii = a;
                return true;
            }
        }

        ascii = c;
        return false;
    }

    private static Dictionary<char, string> BuildConfusable()
    {
        var map = new Dictionary<char, string>();
        foreach (var group in LookAlikes)
        {
            foreach (var c in group)
            {
                map[c] = group.Replace(c.ToString(), string.Empty, StringComparison.Ordinal);
            }
        }

        return map;
    }
}
