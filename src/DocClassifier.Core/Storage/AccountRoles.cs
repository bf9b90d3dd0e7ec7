namespace DocClassifier.Storage;

/// <summary>The two roles: reviewers decide queue items; admins also retry failures, manage keys and see the Hangfire dashboard.</summary>
public static class AccountRoles
{
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Reviewer, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
