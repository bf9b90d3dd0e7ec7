using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// Taiwan counts years from 1912 (民國元年), so ROC year = Gregorian year - 1911.
public static class RocDates
{
    public const int YearOffset = 1911;

    public static int RocYear(DateOnly date) => date.Year - YearOffset;

    public static string Format(DateOnly date, RocDateStyle style)
    {
        var y = RocYear(date);
        var m = date.Month;
        var d = date.Day;
        return style switch
        {
            RocDateStyle.Republic => Invariant($"中華民國{y}年{m}月{d}日"),
            RocDateStyle.Minguo => Invariant($"民國{y}年{m}月{d}日"),
            RocDateStyle.YearOnly => Invariant($"{y}年{m}月{d}日"),
            RocDateStyle.Spaced => Invariant($"中華民國 {y} 年 {m} 月 {d} 日"),
            RocDateStyle.Slash => Invariant($"{y:000}/{m:00}/{d:00}"),
            RocDateStyle.Dot => Invariant($"{y}.{m}.{d}"),
            RocDateStyle.ChineseNumerals =>
                $"中華民國{ChineseNumerals.DigitByDigit(y)}年{ChineseNumerals.Common(m)}月{ChineseNumerals.Common(d)}日",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
