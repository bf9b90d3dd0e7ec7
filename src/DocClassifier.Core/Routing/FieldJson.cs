using System.Text.Json.Serialization;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>One extracted field in the result JSON: the normalised value, the text it came from, its page, whether it checks out, and who corrected it.</summary>
internal sealed record FieldJson(
    string Value,
    string Raw,
    int Page,
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Problem,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CorrectedBy)
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FieldJson>> Group(IEnumerable<ExtractedField> fields) =>
        fields.GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldJson>)[.. g.Select(f => new FieldJson(f.Value, f.Raw, f.Page, f.IsValid, f.Problem, f.CorrectedBy))], StringComparer.Ordinal);
}
