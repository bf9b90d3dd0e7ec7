using DocClassifier.Classification;

namespace DocClassifier.Routing;

/// <summary>Deliver or review, and why.</summary>
/// <param name="Decision">Deliver or review.</param>
/// <param name="Reason">Why the document goes to review, for the reviewer and the audit trail; null when delivered.</param>
/// <param name="WhateverTheConfidence">
/// True when a rule sent the document to review that no confidence could have overcome (no text, out of
/// scope, missing fields): an evaluation counts such a document as not automated, whatever its score.
/// </param>
public sealed record RoutingVerdict(RoutingDecision Decision, string? Reason, bool WhateverTheConfidence = false)
{
    public static RoutingVerdict Deliver { get; } = new(RoutingDecision.Deliver, null);

    public static RoutingVerdict Review(string reason, bool whateverTheConfidence = false) => new(RoutingDecision.Review, reason, whateverTheConfidence);
}
