namespace DocClassifier.Host.Web.Accounts;

/// <summary>Authorization policy names: reviewers (and admins) review; only admins administer.</summary>
public static class Policies
{
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";
}
