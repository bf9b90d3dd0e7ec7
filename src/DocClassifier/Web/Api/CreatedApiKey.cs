namespace DocClassifier.Host.Web.Api;

/// <summary>A new API key. The key is in this answer only: it is stored as a hash.</summary>
public sealed record CreatedApiKey(string Name, string Role, string Key);
