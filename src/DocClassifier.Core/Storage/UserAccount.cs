namespace DocClassifier.Storage;

/// <summary>A person who signs in to the web UI. The hash is the web layer's salted password hash; the store never sees a password.</summary>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTimeOffset CreatedAt);
