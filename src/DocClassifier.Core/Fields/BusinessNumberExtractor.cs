using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>Finds unified business numbers (統一編號, eight digits).</summary>
/// <remarks>
/// Eight digits after a label (統一編號, 統編, 營利事業統一編號, 扣繳單位統一編號) are reported whatever their
/// checksum, invalid ones flagged, since the label says what they are. Eight digits without a label are
/// reported only when their checksum holds, and not when they follow a label of another number (phone,
/// account, tax registration, document or parcel number): one in five arbitrary numbers passes the
/// checksum, so the unlabeled rule is for catching the number in tables and after the lone # of a cash register's
/// invoice, not for scanning every digit run.
/// </remarks>
public sealed partial class BusinessNumberExtractor : PageFieldExtractor
{
    public override string Name => "businessNumber";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        var labelled = new HashSet<int>();
        foreach (Match match in Labelled().Matches(folded.Text))
        {
            var digits = match.Groups["number"];
            labelled.Add(digits.Index);
            var number = digits.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var raw = folded.Raw(digits);
            yield return BusinessNumberChecksum.IsValid(number)
                ? ExtractedField.Valid(Name, number, raw, page)
                : ExtractedField.Invalid(Name, number, raw, page, "checksum does not match");
        }

        foreach (Match match in Unlabelled().Matches(folded.Text))
        {
            if (!labelled.Contains(match.Index)
                && BusinessNumberChecksum.IsValid(match.Value)
                && !OtherNumberLabel().IsMatch(folded.LineBefore(match.Index, 10)))
            {
                yield return ExtractedField.Valid(Name, match.Value, folded.Raw(match), page);
            }
        }
    }

    // 身分證統一編號 also ends in 統一編號, but labels a national ID.
    [GeneratedRegex(@"(?<!身[分份]證)(?:統一編號|統編)[^0-9\n]{0,8}?(?<![0-9])(?<number>[0-9](?: ?[0-9]){7})(?![0-9])")]
    private static partial Regex Labelled();

    // Not part of a longer number, a phone number (02-2345678) or a decimal. A cash register's invoice prints the
    // seller's number after a lone # (TEL:06-1234567 #04595257); a # after a word (INV#, No#) marks some other number.
    [GeneratedRegex(@"(?<![0-9\-/.,)A-Za-z])(?<![0-9A-Za-z]#)[0-9]{8}(?![0-9\-/.,A-Za-z])")]
    private static partial Regex Unlabelled();

    [GeneratedRegex("稅籍|電話|傳真|手機|帳號|帳戶|字第|文號|地號|證號|身[分份]證")]
    private static partial Regex OtherNumberLabel();
}
