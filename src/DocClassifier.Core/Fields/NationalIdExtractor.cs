using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds national IDs (A123456789; second character 1 or 2) and resident certificate numbers, both the
/// 2021 form (second character 8 or 9) and the old one (second character a letter A-D), wherever they
/// stand: ten characters of this shape are specific enough without a label. A failed checksum is reported
/// as invalid rather than dropped, because it is usually an OCR misreading that a reviewer should see.
/// </summary>
public sealed partial class NationalIdExtractor : PageFieldExtractor
{
    public override string Name => "nationalId";

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForNumbers(text);
        foreach (Match match in Candidate().Matches(folded.Text))
        {
            var id = match.Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var raw = folded.Raw(match);
            yield return NationalIdChecksum.IsValid(id)
                ? ExtractedField.Valid(Name, id, raw, page)
                : ExtractedField.Invalid(Name, id, raw, page, "checksum does not match");
        }
    }

    // OCR lower-cases look-alike capitals (c, o, s, v, w, x, z) and puts spaces into long numbers.
    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z] ?(?:[1289]|[A-Da-d])(?: ?[0-9]){8}(?![A-Za-z0-9])")]
    private static partial Regex Candidate();
}
