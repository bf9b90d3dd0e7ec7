using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Identity;

namespace DocClassifier.Host.Web.Accounts;

/// <summary>
/// Users with salted password hashes (ASP.NET Core Identity's PBKDF2 hasher) and API keys stored as
/// SHA-256 hashes (a key is 256 random bits, so a fast hash is enough). No password is built in:
/// every one is generated and shown once.
/// </summary>
public sealed partial class AccountService(IAccountStore store, TimeProvider clock, SignInOptions? signInOptions = null)
{
    private const string KeyPrefix = "dck_";
    private static readonly PasswordHasher<string> Hasher = new();

    // Made once, with the same hasher and cost as real ones, so checking an unknown name is one PBKDF2 run as for a known one.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(string.Empty, RandomNumberGenerator.GetHexString(32)));

    private readonly SignInOptions signIn = signInOptions ?? new SignInOptions();

    /// <summary>Creates the user, or resets its role and password; returns the new generated password.</summary>
    public string CreateUser(string name, string role)
    {
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        SetPassword(name, role, password);
        return password;
    }

    public void SetPassword(string name, string role, string password)
    {
        RequireName(name);
        if (!AccountRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}'; use {string.Join(" or ", AccountRoles.All)}.", nameof(role));
        }

        if (password.Length < 12)
        {
            throw new ArgumentException("A password needs at least 12 characters.", nameof(password));
        }

        // A new stamp ends every session signed in before: the role or the password changed.
        store.SaveUser(new UserAccount(name, role, Hasher.HashPassword(name, password), clock.GetUtcNow(), NewStamp()));
    }

    /// <summary>Deletes the user; their sessions end with their next request. False when there was none.</summary>
    public bool RemoveUser(string name) => store.RemoveUser(name);

    /// <summary>
    /// True while a session signed in as this user with this stamp and role still holds those rights: the user exists
    /// and has neither been given a new password nor a new role since.
    /// </summary>
    public bool IsSessionCurrent(string? name, string? stamp, string? role)
    {
        if (name is null || string.IsNullOrEmpty(stamp) || store.FindUser(name) is not { } user)
        {
            return false;
        }

        return user.Role == role && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.SecurityStamp), Encoding.UTF8.GetBytes(stamp));
    }

    /// <summary>The user when the password matches and the name is not locked out; null otherwise.</summary>
    public UserAccount? Verify(string name, string password) => SignIn(name, password).User;

    /// <summary>
    /// Checks a sign-in. Every attempt runs exactly one PBKDF2 verification, against a dummy hash for an unknown
    /// name, so the time taken does not tell known names from unknown ones. A known name's failures in a row are
    /// counted; at <see cref="SignInOptions.MaxFailures"/> the name is locked out, and refuses even the right
    /// password, for <see cref="SignInOptions.Lockout"/>.
    /// </summary>
    public SignInAttempt SignIn(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var user = store.FindUser(name);
        var matches = Hasher.VerifyHashedPassword(name, user?.PasswordHash ?? DummyHash.Value, password) != PasswordVerificationResult.Failed;
        if (user is null)
        {
            return SignInAttempt.Refused("unknown name");
        }

        var now = clock.GetUtcNow();
        if (user.LockedUntil > now)
        {
            return SignInAttempt.Refused($"locked out until {user.LockedUntil:u}");
        }

        if (!matches)
        {
            var failures = store.AddFailedSignIn(name);
            if (failures < signIn.MaxFailures)
            {
                return SignInAttempt.Refused($"wrong password ({failures} of {signIn.MaxFailures} in a row)");
            }

            store.LockOut(name, now + signIn.Lockout);
            return SignInAttempt.Refused($"wrong password ({failures} in a row): locked out for {signIn.LockoutMinutes} minutes");
        }

        // Users saved before security stamps existed get one at their first sign-in; a success ends the failures in a row.
        if (user.SecurityStamp.Length == 0 || user.FailedSignIns > 0 || user.LockedUntil is not null)
        {
            user = user with { SecurityStamp = user.SecurityStamp.Length == 0 ? NewStamp() : user.SecurityStamp, FailedSignIns = 0, LockedUntil = null };
            store.SaveUser(user);
        }

        return new SignInAttempt(user, null);
    }

    /// <summary>Creates an API key; the returned key is shown once and never stored. Null when the name is taken.</summary>
    public string? CreateApiKey(string name, string role, string createdBy)
    {
        RequireName(name);
        if (!AccountRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}'; use {string.Join(" or ", AccountRoles.All)}.", nameof(role));
        }

        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return store.AddApiKey(new ApiKey(name, role, Hash(key), createdBy, clock.GetUtcNow())) ? key : null;
    }

    public ApiKey? FindApiKey(string key) => key.StartsWith(KeyPrefix, StringComparison.Ordinal) ? store.FindApiKey(Hash(key)) : null;

    public IReadOnlyList<ApiKey> ApiKeys() => store.ApiKeys();

    public bool RemoveApiKey(string name) => store.RemoveApiKey(name);

    public IReadOnlyList<UserAccount> Users() => store.Users();

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static void RequireName(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid name: use 1-64 of a-z, 0-9, '.', '_', '-'.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();
}
