namespace DocClassifier.Learning;

/// <summary>Which model version serves (<c>live.json</c> in the registry), since when, who chose it, and the versions live before it (latest last), for rollback.</summary>
public sealed record LiveModel(string Version, DateTimeOffset Since, string By, IReadOnlyList<string> Previous);
