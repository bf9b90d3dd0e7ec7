using DocClassifier.Fields;

namespace DocClassifier.Host.Web.Api;

/// <summary>
/// The body of POST /api/review/{id}/decision: a label, or "other" for none of them; optionally
/// corrections of the fields found, each addressed by the id the review item gave it
/// (<c>{"name": "nationalId", "id": "nationalId-1-0", "value": "A123456789"}</c>; id "new" adds a value,
/// an empty value removes one).
/// </summary>
public sealed record DecisionRequest(string Label, IReadOnlyList<FieldCorrection>? Fields = null);
