using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds uniform invoice numbers (統一發票號碼): two capital letters (the track) and eight digits, as printed on
/// paper and e-invoices (AB12345678), receipts (AB-12345678) and cash-register rolls (AB 12345678). The value is
/// the ten characters without a dash or space. The number must stand alone, not inside a longer code (a carrier
/// number such as 11008BB42518759 is not one).
/// </summary>
public sealed partial class InvoiceNumberExtractor : PageFieldExtractor
{
    public override string Name => "invoiceNumber";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        foreach (Match match in Number().Matches(folded.Text))
        {
            var value = string.Concat(match.Groups["track"].Value, match.Groups["digits"].Value);
            yield return ExtractedField.Valid(Name, value, folded.Raw(match), page);
        }
    }

    // A dash, a space, or both may separate the track from the digits; OCR sometimes reads a dash as a tilde.
    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?<track>[A-Z]{2})(?: ?[\-~] ?| )?(?<digits>[0-9]{8})(?![0-9A-Za-z])")]
    private static partial Regex Number();
}
