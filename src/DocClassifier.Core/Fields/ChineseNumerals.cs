using System.Buffers;

namespace DocClassifier.Fields;

/// <summary>
/// Reads Chinese numerals, common (四萬八千二百五十二) and financial (肆萬捌仟貳佰伍拾貳), with Arabic
/// coefficients allowed between the units (4萬8,252, 1.5億), and digit-by-digit years (一一三).
/// </summary>
internal static class ChineseNumerals
{
    private static readonly SearchValues<char> Units = SearchValues.Create("十拾什百佰千仟萬万億亿");

    /// <summary>The value, or null when the numeral is malformed (二二萬, 三十百, a bare unit such as 萬).</summary>
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        decimal total = 0, section = 0;
        decimal? number = null;
        var lastUnit = int.MaxValue;
        var lastBigUnit = decimal.MaxValue;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                // OCR spacing: 肆 萬 捌 仟.
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.' or ' '))
                {
                    end++;
                }

                if (number is not null && number != 0)
                {
                    return null;
                }

                number = ArabicNumber.Parse(text[i..end]);
                if (number is null)
                {
                    return null;
                }

                i = end - 1;
            }
            else if (Digit(c) is { } digit)
            {
                // 零 stands between units (一百零五), so only a digit after a non-zero digit is malformed.
                if (number is not null && number != 0)
                {
                    return null;
                }

                number = digit;
            }
            else if (SmallUnit(c) is { } unit)
            {
                // A unit without a coefficient counts once: 十二 is 12, 拾萬 is 100,000.
                if (unit >= lastUnit)
                {
                    return null;
                }

                section += (number ?? 1) * unit;
                number = null;
                lastUnit = unit;
            }
            else if (BigUnit(c) is { } big)
            {
                section += number ?? 0;
                if (section == 0 || big >= lastBigUnit)
                {
                    return null;
                }

                // Big units only descend (億 before 萬), so each section simply adds its share.
                total += section * big;
                section = 0;
                number = null;
                lastUnit = int.MaxValue;
                lastBigUnit = big;
            }
            else
            {
                return null;
            }
        }

        return total + section + (number ?? 0);
    }

    /// <summary>A year: digit by digit when there are no units (一一三, 一〇五), otherwise as a number.</summary>
    public static int? ParseYear(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAny(Units))
        {
            var value = Parse(text);
            return value is { } v && v == decimal.Truncate(v) && v < 10_000 ? (int)v : null;
        }

        var year = 0;
        foreach (var c in text)
        {
            if (Digit(c) is not { } digit)
            {
                return null;
            }

            year = (year * 10) + digit;
        }

        return text.Length is > 0 and <= 4 ? year : null;
    }

    public static int? Digit(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' or '壹' => 1,
        '二' or '貳' or '貮' or '兩' or '两' => 2,
        '三' or '參' or '叁' or '参' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => null,
    };

    private static int? SmallUnit(char c) => c switch
    {
        '十' or '拾' or '什' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => null,
    };

    private static decimal? BigUnit(char c) => c switch
    {
        '萬' or '万' => 10_000m,
        '億' or '亿' => 100_000_000m,
        _ => null,
    };
}
