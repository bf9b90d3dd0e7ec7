using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Accounts;

/// <summary>The signed-in user, or why not (for the log only: the person signing in sees one message for every failure).</summary>
public sealed record SignInAttempt(UserAccount? User, string? Failure)
{
    public static SignInAttempt Refused(string failure) => new(null, failure);
}
