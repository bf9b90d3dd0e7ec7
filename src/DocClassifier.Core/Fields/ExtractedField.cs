namespace DocClassifier.Fields;

/// <summary>A field found in a document's text.</summary>
/// <param name="Name">What the field is, e.g. "nationalId".</param>
/// <param name="Value">Normalised: ISO dates (yyyy-MM-dd), numbers as invariant decimals, IDs upper case.</param>
/// <param name="Raw">The exact text matched, as it stands in the page.</param>
/// <param name="Page">1-based page number; 0 for a value a reviewer added.</param>
/// <param name="IsValid">False when the text has the field's form but fails its checksum or calendar.</param>
/// <param name="Problem">Why the field is invalid; null when it is valid.</param>
public sealed record ExtractedField(string Name, string Value, string Raw, int Page, bool IsValid, string? Problem)
{
    /// <summary>
    /// Names this field within its document, however the list is ordered: the kind, the page and which of
    /// that kind on that page (<c>nationalId-1-0</c>), given once by <see cref="FieldExtractors.ExtractAll"/>
    /// and kept with the field. Reviewers' corrections address fields by it.
    /// </summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>reviewer:NAME when a reviewer corrected or added the value; null as found.</summary>
    public string? CorrectedBy { get; init; }

    public static ExtractedField Valid(string name, string value, string raw, int page) =>
        new(name, value, raw, page, true, null);

    public static ExtractedField Invalid(string name, string value, string raw, int page, string problem) =>
        new(name, value, raw, page, false, problem);
}
