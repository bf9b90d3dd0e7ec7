namespace DocClassifier.Host.Web.Api;

/// <summary>The body of POST /api/spot-checks/{id}/decision: the right label (the delivered one confirms it), or "other" for none of them.</summary>
public sealed record SpotCheckRequest(string Label);
