namespace DocClassifier.Host.Web.Accounts;

/// <summary>The brakes on guessing passwords (configuration section "Web:SignIn"; environment WEB__SIGNIN__MAXFAILURES ...).</summary>
public sealed class SignInOptions
{
    /// <summary>Failed sign-ins in a row after which a name is locked out.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a locked-out name refuses even the right password.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts one client address may make per window (an office behind one proxy shares it).</summary>
    public int AttemptsPerAddress { get; set; } = 30;

    /// <summary>Sign-in attempts per name and window, known or not.</summary>
    public int AttemptsPerName { get; set; } = 10;

    /// <summary>The rate limits' window.</summary>
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Lockout => TimeSpan.FromMinutes(LockoutMinutes);

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
