namespace DocClassifier.Cli.Web.Api;

/// <summary>The body of POST /api/review/{id}/decision: a label, or "other" for none of them.</summary>
public sealed record DecisionRequest(string Label);
