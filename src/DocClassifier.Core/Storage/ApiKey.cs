namespace DocClassifier.Storage;

/// <summary>A key a bot sends instead of a password. Only the SHA-256 of the key is stored; the key itself is shown once.</summary>
public sealed record ApiKey(string Name, string Role, string KeyHash, string CreatedBy, DateTimeOffset CreatedAt);
