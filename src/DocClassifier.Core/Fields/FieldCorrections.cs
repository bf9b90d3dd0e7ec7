using System.Globalization;

namespace DocClassifier.Fields;

/// <summary>
/// Checks reviewers' field corrections (an id must pass its checksum, a date and an amount must read as
/// one) and applies them to the fields found, marking each corrected value with who corrected it.
/// </summary>
public static class FieldCorrections
{
    private const int MaxLength = 200;

    public static IReadOnlyList<string> Names { get; } = [.. FieldExtractors.All.Select(e => e.Name)];

    /// <summary>The value in its normal form (ids upper case, ISO dates, plain numbers); an <see cref="ArgumentException"/> says what is wrong.</summary>
    public static FieldCorrection Normalize(FieldCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (!Names.Contains(correction.Name))
        {
            throw new ArgumentException($"'{correction.Name}' is not a field. Fields: {string.Join(", ", Names)}.");
        }

        if (string.IsNullOrEmpty(correction.Id))
        {
            throw new ArgumentException($"The {correction.Name} correction names no field id: give the id of the field found, or '{FieldCorrection.New}' to add one.");
        }

        var value = (correction.Value ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (value.Length == 0)
        {
            return correction with { Value = string.Empty };
        }

        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"The {correction.Name} value is longer than {MaxLength} characters.");
        }

        return correction with { Value = Normalized(correction.Name, value) };
    }

    /// <summary>
    /// The fields found with the corrections applied, matched by id: replaced, removed (empty value) or
    /// added (id <see cref="FieldCorrection.New"/>, as page 0 with no raw text, after the others).
    /// </summary>
    public static IReadOnlyList<ExtractedField> Apply(IReadOnlyList<ExtractedField> found, IReadOnlyList<FieldCorrection> corrections, string correctedBy)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (corrections is null || corrections.Count == 0)
        {
            return found;
        }

        var result = new List<ExtractedField>();
        foreach (var field in found)
        {
            var correction = corrections.LastOrDefault(c => c.Id == field.Id && c.Name == field.Name);
            if (correction is null)
            {
                result.Add(field);
            }
            else if (correction.Value.Length > 0)
            {
                result.Add(field with { Value = correction.Value, IsValid = true, Problem = null, CorrectedBy = correctedBy });
            }
        }

        var added = corrections.Where(c => c.Id == FieldCorrection.New && c.Value.Length > 0)
            .Select(c => new ExtractedField(c.Name, c.Value, string.Empty, 0, true, null) { CorrectedBy = correctedBy });
        result.AddRange(FieldExtractors.WithIds(added));
        return result;
    }

    private static string Normalized(string name, string value)
    {
        switch (name)
        {
            case "nationalId":
                var id = value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                return NationalIdChecksum.IsValid(id) ? id : throw new ArgumentException($"'{value}' is not a valid national ID or resident certificate number (one letter, 9 digits, checksum).");
            case "businessNumber":
                var number = value.Replace(" ", string.Empty, StringComparison.Ordinal);
                return number.Length == 8 && number.All(char.IsAsciiDigit) && BusinessNumberChecksum.IsValid(number)
                    ? number
                    : throw new ArgumentException($"'{value}' is not a valid unified business number (8 digits, checksum).");
            case "date":
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                return new RocDateExtractor().Extract([value]).FirstOrDefault(f => f.IsValid)?.Value
                    ?? throw new ArgumentException($"'{value}' is not a date: write 2024-05-01, 113/05/01 or 民國113年5月1日.");
            case "amount":
                var digits = value.Replace("NT$", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("新臺幣", string.Empty, StringComparison.Ordinal)
                    .Replace("新台幣", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal)
                    .Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return amount.ToString(CultureInfo.InvariantCulture);
                }

                return new AmountExtractor().Extract([value + "元"]).FirstOrDefault(f => f.IsValid)?.Value
                    ?? throw new ArgumentException($"'{value}' is not an amount: write 48252 or 新臺幣48,252元.");
            case "vehiclePlate":
                return value.ToUpperInvariant();
            case "invoiceNumber":
                return new InvoiceNumberExtractor().Extract([value.ToUpperInvariant()]) is [var invoice, ..]
                    ? invoice.Value
                    : throw new ArgumentException($"'{value}' is not an invoice number: two letters and eight digits, e.g. AB12345678.");
            default:
                return value;
        }
    }
}
