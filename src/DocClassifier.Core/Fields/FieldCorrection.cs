namespace DocClassifier.Fields;

/// <summary>
/// A reviewer's correction of one field: the field found with <paramref name="Id"/> (its
/// <see cref="ExtractedField.Id"/>, which does not depend on the order of the list) becomes
/// <paramref name="Value"/>; an empty value removes it; the id <see cref="New"/> adds a value the
/// extractors missed. <paramref name="Name"/> is the field's kind, which the id must belong to.
/// </summary>
public sealed record FieldCorrection(string Name, string Id, string Value)
{
    /// <summary>The id of a correction that adds a field.</summary>
    public const string New = "new";
}
