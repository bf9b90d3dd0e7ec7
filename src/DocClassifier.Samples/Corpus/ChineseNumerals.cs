using System.Text;

namespace DocClassifier.Samples.Corpus;

// Chinese numerals as they appear on tax documents: the anti-forgery "financial" digits on
// amounts (肆萬捌仟貳佰伍拾貳), digit-by-digit years (一一三) and ordinary small numbers (二十一).
public static class ChineseNumerals
{
    private const string FinancialDigits = "零壹貳參肆伍陸柒捌玖";
    private const string CommonDigits = "〇一二三四五六七八九";
    private const string CommonSmallDigits = "零一二三四五六七八九";
    private static readonly string[] FinancialUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] CommonUnits = ["", "十", "百", "千"];
    private static readonly string[] GroupUnits = ["", "萬", "億"];

    // 48252 → 肆萬捌仟貳佰伍拾貳. The caller adds 元整.
    public static string Financial(long amount) => Spell(amount, FinancialDigits, FinancialUnits, tenShort: false);

    // 21 → 二十一, 113 → 一百一十三, 10 → 十 (the leading 一 of 十 is dropped in dates and lists).
    public static string Common(long number) => Spell(number, CommonSmallDigits, CommonUnits, tenShort: true);

    // 113 → 一一三, as in 中華民國一一三年.
    public static string DigitByDigit(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var text = new StringBuilder();
        foreach (var c in number.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            text.Append(CommonDigits[c - '0']);
        }

        return text.ToString();
    }

    private static string Spell(long number, string digits, string[] units, bool tenShort)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, 1_0000_0000_0000L);
        if (number == 0)
        {
            return digits[0].ToString();
        }

        var text = new StringBuilder();
        var pendingZero = false;
        for (var group = 2; group >= 0; group--)
        {
            var value = (int)(number / (long)Math.Pow(10000, group) % 10000);
            if (value == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            // A gap inside or before a group is read as one 零: 10,050 → 壹萬零伍拾.
            if (text.Length > 0 && (pendingZero || value < 1000))
            {
                text.Append(digits[0]);
            }

            text.Append(SpellGroup(value, digits, units)).Append(GroupUnits[group]);
            pendingZero = false;
        }

        var result = text.ToString();
        return tenShort && number is >= 10 and < 20 ? result[1..] : result;
    }

    private static string SpellGroup(int value, string digits, string[] units)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = value / (int)Math.Pow(10, position) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append(digits[0]);
                zero = false;
            }

            text.Append(digits[digit]).Append(units[position]);
        }

        return text.ToString();
    }
}
