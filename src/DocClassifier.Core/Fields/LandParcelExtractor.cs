using System.Globalization;
using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds land parcels: a section (段, optionally with its 小段) and a parcel number (祥和段 0723-0027 地號),
/// or a parcel number after 地號 alone. The value is the section and the number as main-sub, each zero-padded
/// to four digits, the way land registers print them ("祥和段 0723-0027"; 123 alone is "0123-0000").
/// </summary>
public sealed partial class LandParcelExtractor : PageFieldExtractor
{
    public override string Name => "landParcel";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        var taken = new List<Range>();
        foreach (Match match in WithSection().Matches(folded.Text))
        {
            var section = Section(match.Groups["section"].Value);
            if (section is null || !IsParcel(match, folded))
            {
                continue;
            }

            taken.Add(new Range(match.Index, match.Index + match.Length));
            yield return ExtractedField.Valid(Name, $"{section} {Number(match)}", folded.Raw(match), page);
        }

        foreach (Match match in AfterLabel().Matches(folded.Text))
        {
            if (!taken.Any(r => match.Index >= r.Start.Value && match.Index < r.End.Value))
            {
                yield return ExtractedField.Valid(Name, Number(match), folded.Raw(match), page);
            }
        }
    }

    // "中正路一段 12-3 號" is an address: a section is only a land section when 地號 follows, when 地號
    // labels it, or when it is written as a register prints it (0723-0027) with no 號 after.
    private static bool IsParcel(Match match, FieldText text)
    {
        var suffix = match.Groups["suffix"].Value;
        if (suffix.Length > 0)
        {
            return suffix == "地號";
        }

        return text.LineBefore(match.Index, 8).Contains("地號", StringComparison.Ordinal)
            || (match.Groups["main"].Length == 4 && match.Groups["sub"].Length == 4);
    }

    /// <summary>The section name without the county, district or label before it; null for a road's 段.</summary>
    private static string? Section(string matched)
    {
        var end = matched.IndexOf('段', StringComparison.Ordinal);
        var head = matched[..end];
        if (RoadSection().IsMatch(head))
        {
            return null;
        }

        // The run of characters before 段 may start with 臺中市大里區 or 坐落: keep what follows the last such
        // word, as long as a name of at least two characters is left (新市區新市段 is 新市段).
        for (var i = head.Length - 3; i >= 0; i--)
        {
            if ("縣市區鄉鎮落:".Contains(head[i], StringComparison.Ordinal))
            {
                head = head[(i + 1)..];
                break;
            }
        }

        return head + matched[end..];
    }

    private static string Number(Match match)
    {
        var main = int.Parse(match.Groups["main"].Value, CultureInfo.InvariantCulture);
        var sub = match.Groups["sub"].Success ? int.Parse(match.Groups["sub"].Value, CultureInfo.InvariantCulture) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{main:0000}-{sub:0000}");
    }

    [GeneratedRegex(@"(?<section>\p{IsCJKUnifiedIdeographs}{1,12}?段(?:\p{IsCJKUnifiedIdeographs}{1,6}?小段)?)[ \t]*(?<main>[0-9]{1,4})(?:[ \t]*[-之][ \t]*(?<sub>[0-9]{1,4}))?(?![0-9])[ \t]*(?<suffix>地號|號)?")]
    private static partial Regex WithSection();

    [GeneratedRegex(@"地號[ \t]*:?[ \t]*(?<main>[0-9]{1,4})(?:[ \t]*[-之][ \t]*(?<sub>[0-9]{1,4}))?(?![0-9])")]
    private static partial Regex AfterLabel();

    // 中正路一段, 民權路二段: sections of roads, in addresses.
    [GeneratedRegex("[路街道][一二三四五六七八九十]+$")]
    private static partial Regex RoadSection();
}
