using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds amounts of money: a number after a currency (新臺幣 48,252, NT$48,252.50) or before 元/圓
/// (48,252元), in Arabic digits, in common or financial Chinese numerals (四萬八千二百五十二元,
/// 肆萬捌仟貳佰伍拾貳元整) or mixed (4萬8,252元). On receipts and invoices a bare $ is the currency ($1,229),
/// and a number right after a total's label (總計, 合計, 小計, 總金額: 稅費合計 512) is one too, unless a count
/// follows it (合計 3 件). A label is known by its 計 alone, since OCR often misreads the character before it
/// (總計 as 鄉計), but not where 計 makes another word (統計, 設計, 估計, 會計). A number with none of these is not an amount.
/// </summary>
public sealed partial class AmountExtractor : PageFieldExtractor
{
    public override string Name => "amount";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        foreach (Match match in Candidate().Matches(folded.Text))
        {
            if (!match.Groups["currency"].Success && !match.Groups["yuan"].Success
                && !(TotalLabel().IsMatch(folded.LineBefore(match.Index, 12)) && !Count().IsMatch(folded.Text, match.Index + match.Length)))
            {
                continue;
            }

            var number = match.Groups["number"].Value;
            var raw = folded.Raw(match);
            yield return ChineseNumerals.Parse(number) is { } value
                ? ExtractedField.Valid(Name, ArabicNumber.Format(value), raw, page)
                : ExtractedField.Invalid(Name, number, raw, page, "malformed Chinese numeral");
        }
    }

    // Thousands are grouped by commas, or by spaces as OCR sometimes reads them (never both in one number);
    // a space may also stand before a Chinese numeral (5 萬元). The number is atomic so that a long run of
    // numerals that is not an amount fails at once instead of backtracking.
    [GeneratedRegex(
        @"(?:(?<currency>新[臺台]幣|(?:NT ?)?\$|NTD|TWD)\s*)?(?<![0-9.,零〇○一壹二貳貮兩三參叁四肆五伍六陸七柒八捌九玖十拾百佰千仟萬億] ?)" +
        @"(?<number>(?>(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[零〇○一壹二貳貮兩三參叁四肆五伍六陸七柒八捌九玖十拾百佰千仟萬億])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?| ?[零〇○一壹二貳貮兩三參叁四肆五伍六陸七柒八捌九玖十拾百佰千仟萬億])*))" +
        @"(?:\s*(?<yuan>[元圓])(?:整|正)?)?")]
    private static partial Regex Candidate();

    // The label of a total, then at most a colon and spaces before the number: 總計 47,390, 應繳總金額: 1,229.
    [GeneratedRegex(@"(?:(?<![統設估會])計|總金額|總額)\s*:?\s*$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"\G\s*[件筆張項頁份個人次戶]")]
    private static partial Regex Count();
}
