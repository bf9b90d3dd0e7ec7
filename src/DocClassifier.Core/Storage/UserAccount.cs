namespace DocClassifier.Storage;

/// <summary>
/// A person who signs in to the web UI. The hash is the web layer's salted password hash; the store never sees a password.
/// The security stamp changes whenever the user's rights do (role, password), which ends the sessions signed in before;
/// failed sign-ins count towards a lockout until <see cref="LockedUntil"/>.
/// </summary>
public sealed record UserAccount(
    string Name, string Role, string PasswordHash, DateTimeOffset CreatedAt, string SecurityStamp = "", int FailedSignIns = 0, DateTimeOffset? LockedUntil = null);
