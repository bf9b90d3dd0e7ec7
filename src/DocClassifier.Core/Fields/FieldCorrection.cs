namespace DocClassifier.Fields;

/// <summary>
/// A reviewer's correction of one field: the <paramref name="Index"/>-th value of <paramref name="Name"/>
/// as found (in <see cref="FieldExtractors.ExtractAll"/> order) becomes <paramref name="Value"/>; an
/// empty value removes it; index -1 adds a value the extractors missed.
/// </summary>
public sealed record FieldCorrection(string Name, int Index, string Value);
