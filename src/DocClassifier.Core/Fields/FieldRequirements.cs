namespace DocClassifier.Fields;

/// <summary>
/// The fields each label needs (configuration <c>Fields:Required:&lt;label&gt;</c>, a list of field names).
/// A document missing one, or holding only invalid ones, goes to review with the reason, however
/// confident its class: a bot must not key in a house tax relief without the house's tax number.
/// </summary>
public sealed class FieldRequirements(IReadOnlyDictionary<string, string[]> required)
{
    public static FieldRequirements None { get; } = new(new Dictionary<string, string[]>());

    /// <summary>Why the fields found do not meet the label's needs; null when they do.</summary>
    public string? Problem(string label, IReadOnlyList<ExtractedField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!required.TryGetValue(label, out var names) || names.Length == 0)
        {
            return null;
        }

        var problems = new List<string>();
        foreach (var name in names)
        {
            var found = fields.Where(f => f.Name == name).ToList();
            if (found.Count == 0)
            {
                problems.Add($"{name} is missing");
            }
            else if (!found.Any(f => f.IsValid))
            {
                problems.Add($"{name} '{found[0].Raw}' is not valid ({found[0].Problem})");
            }
        }

        return problems.Count == 0 ? null : $"Required fields for '{label}': {string.Join("; ", problems)}.";
    }
}
