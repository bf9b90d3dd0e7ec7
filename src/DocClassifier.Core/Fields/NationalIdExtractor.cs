using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Finds national IDs (A123456789; second character 1 or 2) and resident certificate numbers, both the
/// 2021 form (second character 8 or 9) and the old one (second character a letter A-D), wherever they
/// stand: ten characters of this shape are specific enough without a label. A failed checksum is reported
/// as invalid rather than dropped, because it is usually an OCR misreading that a reviewer should see.
/// </summary>
public sealed partial class NationalIdExtractor : IFieldExtractor
{
    public string Name => "nationalId";

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var fields = new List<ExtractedField>();
        for (var page = 0; page < pages.Count; page++)
        {
            var text = FieldText.ForNumbers(pages[page]);
            foreach (Match match in Candidate().Matches(text.Text))
            {
                var id = match.Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                var raw = text.Raw(match);
                fields.Add(NationalIdChecksum.IsValid(id)
                    ? ExtractedField.Valid(Name, id, raw, page + 1)
                    : ExtractedField.Invalid(Name, id, raw, page + 1, "checksum does not match"));
            }
        }

        return fields;
    }

    // OCR lower-cases look-alike capitals (c, o, s, v, w, x, z) and puts spaces into long numbers.
    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z] ?(?:[1289]|[A-Da-d])(?: ?[0-9]){8}(?![A-Za-z0-9])")]
    private static partial Regex Candidate();
}
