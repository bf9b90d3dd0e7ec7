using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DocClassifier.Splitting;

/// <summary>
/// What a separator sheet's barcode says: <c>DOCCLASSIFIER-SEPARATOR</c>, or <c>DOCCLASSIFIER-SEPARATOR:&lt;label&gt;</c>
/// when the sheet also names the label of the document behind it. Any other barcode on a page (a form's own) is not a separator.
/// </summary>
public static partial class SeparatorCode
{
    public const string Prefix = "DOCCLASSIFIER-SEPARATOR";

    /// <summary>A label slug as the result folders spell it: lower-case letters and digits in words joined by hyphens.</summary>
    public static bool IsSlug(string? label) => label is { Length: > 0 and <= 64 } && SlugPattern().IsMatch(label);

    public static string Encode(string? label)
    {
        if (label is null)
        {
            return Prefix;
        }

        return IsSlug(label) ? $"{Prefix}:{label}" : throw new ArgumentException($"'{label}' is not a label slug (lower-case letters and digits joined by hyphens, e.g. house-tax-relief).", nameof(label));
    }

    /// <summary>True when <paramref name="text"/> is a separator sheet's code; <paramref name="label"/> is the label it names, if any.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? code, out string? label)
    {
        label = null;
        code = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[Prefix.Length..];
        if (rest.Length == 0)
        {
            code = text;
            return true;
        }

        if (rest[0] != ':' || !IsSlug(rest[1..]))
        {
            return false;
        }

        (code, label) = (text, rest[1..]);
        return true;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
