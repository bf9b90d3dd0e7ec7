using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds licence plates. After a label (車牌, 牌照號碼, 車號; not 牌照 alone, which begins 牌照稅) any two to
/// four letters and digits, dashed or not, count (6R-1234, ABC1234); without a label only the common dashed
/// forms do: ABC-1234, AB-1234, 1234-AB and ABC-123. The value is upper case, dashed between letters and digits.
/// </summary>
public sealed partial class VehiclePlateExtractor : PageFieldExtractor
{
    public override string Name => "vehiclePlate";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        var labelled = new HashSet<int>();
        foreach (Match match in Labelled().Matches(folded.Text))
        {
            var plate = match.Groups["plate"];
            if (plate.Value.Any(char.IsAsciiLetter) && plate.Value.Any(char.IsAsciiDigit))
            {
                labelled.Add(plate.Index);
                yield return ExtractedField.Valid(Name, Normalize(plate.Value), folded.Raw(plate), page);
            }
        }

        foreach (Match match in Standalone().Matches(folded.Text))
        {
            if (!labelled.Contains(match.Index))
            {
                yield return ExtractedField.Valid(Name, Normalize(match.Value), folded.Raw(match), page);
            }
        }
    }

    private static string Normalize(string plate)
    {
        var upper = plate.ToUpperInvariant().Replace(' ', '-');
        if (upper.Contains('-', StringComparison.Ordinal))
        {
            return upper;
        }

        // Undashed: the dash goes between the letters and the digits when there is one such boundary.
        var boundaries = Enumerable.Range(1, upper.Length - 1)
            .Where(i => char.IsAsciiLetter(upper[i]) != char.IsAsciiLetter(upper[i - 1]))
            .ToList();
        return boundaries.Count == 1 ? $"{upper[..boundaries[0]]}-{upper[boundaries[0]..]}" : upper;
    }

    [GeneratedRegex(@"(?:車牌號碼|車牌|牌照號碼|車號)[^A-Za-z0-9\n]{0,6}?(?<![A-Za-z0-9])(?<plate>[A-Za-z0-9]{2,4}[ \-]?[A-Za-z0-9]{2,4})(?![A-Za-z0-9\-])")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?:[A-Z]{2,3}-[0-9]{4}|[A-Z]{3}-[0-9]{3}|[0-9]{4}-[A-Z]{2})(?![A-Za-z0-9\-])")]
    private static partial Regex Standalone();
}
