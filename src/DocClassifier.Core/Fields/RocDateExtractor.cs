using System.Globalization;
using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds dates written in the ROC calendar (民國113年5月1日, 113/05/01, 113.5.1, 113-05-01, 一一三年五月一日,
/// 一百一十三年五月一日) and gives them as ISO dates (year + 1911). A four-digit year, or one after 西元,
/// is Gregorian (2024/05/01) and is kept as it is. Dates of the right shape that cannot exist (month 13,
/// February 30) or whose ROC year is outside 1-200 are reported as invalid. A four-digit year that no Gregorian
/// date has (4110/9/17) but whose last three digits are an ROC year is that ROC year: OCR reads a colon or a
/// speck of a dot-matrix print before the year as a digit (日期:110/9/17 as 日期4110/9/17).
/// </summary>
public sealed partial class RocDateExtractor : PageFieldExtractor
{
    private const int RocOffset = 1911;
    private const int MaxRocYear = 200;
    private const int MinGregorianYear = 1900;
    private const int MaxGregorianYear = 2199;

    public override string Name => "date";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        var repaired = UnitDigits().Replace(folded.Text, m => m.Value.Replace('l', '1').Replace('I', '1').Replace('|', '1').Replace('O', '0').Replace('o', '0'));
        var arabic = ArabicWithUnits().Matches(repaired).Concat(Separated().Matches(repaired));
        var found = arabic.Select(m => (Match: m, Chinese: false))
            .Concat(ChineseWithUnits().Matches(folded.Text).Select(m => (Match: m, Chinese: true)))
            .OrderBy(f => f.Match.Index);
        foreach (var (match, chinese) in found)
        {
            yield return Read(match, chinese, folded.Raw(match), page);
        }
    }

    private ExtractedField Read(Match match, bool chinese, string raw, int page)
    {
        string y = match.Groups["y"].Value, m = match.Groups["m"].Value, d = match.Groups["d"].Value;
        var year = chinese ? ChineseNumerals.ParseYear(y) : int.Parse(y, CultureInfo.InvariantCulture);
        var month = !chinese ? int.Parse(m, CultureInfo.InvariantCulture) : m == "元" ? 1 : SmallNumber(m);
        var day = chinese ? SmallNumber(d) : int.Parse(d, CultureInfo.InvariantCulture);
        if (year is not { } yy || month is not { } mm || day is not { } dd)
        {
            return ExtractedField.Invalid(Name, match.Value, raw, page, "malformed Chinese numeral");
        }

        var era = match.Groups["era"].Value;
        if (!chinese && era.Length == 0 && y.Length == 4 && yy is < MinGregorianYear or > MaxGregorianYear
            && int.Parse(y[1..], CultureInfo.InvariantCulture) is var roc and >= 1 and <= MaxRocYear)
        {
            yy = roc;
        }

        var gregorian = era is "西元" or "公元" || (era.Length == 0 && yy >= 1000);
        var fullYear = gregorian ? yy : yy + RocOffset;
        var value = string.Create(CultureInfo.InvariantCulture, $"{fullYear:0000}-{mm:00}-{dd:00}");
        var problem = Problem(gregorian, yy, fullYear, mm, dd);
        return problem is null
            ? ExtractedField.Valid(Name, value, raw, page)
            : ExtractedField.Invalid(Name, value, raw, page, problem);
    }

    private static string? Problem(bool gregorian, int year, int fullYear, int month, int day)
    {
        if (!gregorian && year is < 1 or > MaxRocYear)
        {
            return string.Create(CultureInfo.InvariantCulture, $"ROC year {year} is outside 1-200");
        }

        if (gregorian && year is < MinGregorianYear or > MaxGregorianYear)
        {
            return string.Create(CultureInfo.InvariantCulture, $"year {year} is outside 1900-2199");
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no month {month}");
        }

        return day < 1 || day > DateTime.DaysInMonth(fullYear, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{fullYear:0000}-{month:00} has no day {day}")
            : null;
    }

    private static int? SmallNumber(string text) =>
        ChineseNumerals.Parse(text) is { } value && value == decimal.Truncate(value) && value < 100 ? (int)value : null;

    // A month or day of one or two characters right before 月 or 日, of digits and OCR's letters for them (3月l4日:
    // l for 1), after 年 or 月: one character for one, so that positions in the text stay. Tokens this short are
    // left alone by OcrDigits (it needs two digits).
    [GeneratedRegex(@"(?<=[年月]\s*)(?=[0-9lIOo|]{1,2}\s*[月日])(?:[0-9lIOo|]{1,2})")]
    private static partial Regex UnitDigits();

    // 民國113年5月1日, 中華民國 113 年 5 月 1 日, 113年5月1日, 2024年5月1日.
    [GeneratedRegex(@"(?:(?<era>中華民國|民國|西元|公元)\s*)?(?<![0-9])(?<y>[0-9]{1,4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日")]
    private static partial Regex ArabicWithUnits();

    // 113/05/01, 113.5.1, 113-05-01, 2024/05/01: one separator used twice, not inside a longer dotted or
    // dashed run (an IP address, a phone number), nor numbering an article (第12.3.4條).
    [GeneratedRegex(@"(?:(?<era>中華民國|民國|西元|公元)\s*)?(?<![0-9./\-]|第 ?)(?<y>[0-9]{2,4}) ?(?<sep>[/.\-]) ?(?<m>[0-9]{1,2}) ?\k<sep> ?(?<d>[0-9]{1,2})(?![0-9]| ?[./\-] ?[0-9]| ?[條項款節章])")]
    private static partial Regex Separated();

    // 一一三年五月一日, 一百一十三年五月一日, 民國一一三年元月一日 (元月 is January).
    [GeneratedRegex(@"(?:(?<era>中華民國|民國|西元|公元)\s*)?(?<![零〇○一二三四五六七八九十百壹貳參叁肆伍陸柒捌玖拾佰])(?<y>[零〇○一二三四五六七八九十百壹貳參叁肆伍陸柒捌玖拾佰]{1,6})\s*年\s*(?<m>元|[一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾]{1,3})\s*月\s*(?<d>[一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾]{1,4})\s*日")]
    private static partial Regex ChineseWithUnits();
}
