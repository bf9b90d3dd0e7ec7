using System.Globalization;
using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds house tax registration numbers (房屋稅籍編號) after their label; bare digit runs are too common to
/// be taken for one. The value is the digits alone, since counties print the same number with or without
/// dashes; a number of other than 10-12 digits is reported as invalid.
/// </summary>
public sealed partial class TaxRegistrationNumberExtractor : PageFieldExtractor
{
    public override string Name => "houseTaxNumber";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        foreach (Match match in Labelled().Matches(folded.Text))
        {
            var number = match.Groups["number"];
            var digits = new string(number.Value.Where(char.IsAsciiDigit).ToArray());
            var raw = folded.Raw(number);
            yield return digits.Length is >= 10 and <= 12
                ? ExtractedField.Valid(Name, digits, raw, page)
                : ExtractedField.Invalid(Name, digits, raw, page, string.Create(
                    CultureInfo.InvariantCulture, $"{digits.Length} digits where 10-12 are expected"));
        }
    }

    // 房屋稅籍編號, 稅籍編號, 稅籍號碼, then a colon or a few words such as (房屋) on the same line.
    [GeneratedRegex(@"(?:房屋)?稅籍(?:編號|號碼)[^0-9\n]{0,8}?(?<![0-9])(?<number>[0-9](?:[ \-]?[0-9]){5,15})(?![0-9])")]
    private static partial Regex Labelled();
}
