using System.Text.Json.Serialization;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>One extracted field in the result JSON: the normalised value, the text it came from, its page, and whether it checks out.</summary>
internal sealed record FieldJson(
    string Value,
    string Raw,
    int Page,
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Problem)
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FieldJson>> Group(IEnumerable<ExtractedField> fields) =>
        fields.GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldJson>)[.. g.Select(f => new FieldJson(f.Value, f.Raw, f.Page, f.IsValid, f.Problem))], StringComparer.Ordinal);
}
