namespace DocClassifier.Host.Web.Api;

/// <summary>The body of POST /api/admin/api-keys.</summary>
public sealed record ApiKeyRequest(string Name, string Role);
