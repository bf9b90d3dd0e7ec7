using System.Globalization;

namespace DocClassifier.Fields;

/// <summary>Arabic numbers as printed on forms: thousands separated by commas or spaces, a decimal point.</summary>
internal static class ArabicNumber
{
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>Invariant, without trailing zeros after the point: 48252, 48252.5.</summary>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
