namespace DocClassifier.Storage;

/// <summary>Users and API keys, in the ledger's database.</summary>
public interface IAccountStore
{
    /// <summary>Adds the user, or replaces the role, password, stamp and sign-in failures of an existing one; false when it replaced.</summary>
    bool SaveUser(UserAccount user);

    UserAccount? FindUser(string name);

    IReadOnlyList<UserAccount> Users();

    /// <summary>Deletes the user; false when there was none.</summary>
    bool RemoveUser(string name);

    /// <summary>Counts one more failed sign-in (atomically, so parallel guesses all count); the new count, or 0 for an unknown user.</summary>
    int AddFailedSignIn(string name);

    /// <summary>Locks the user out until the given time and starts the failure count again.</summary>
    void LockOut(string name, DateTimeOffset until);

    /// <summary>Adds the key; false when a key of that name exists already (other database errors throw).</summary>
    bool AddApiKey(ApiKey key);

    ApiKey? FindApiKey(string keyHash);

    IReadOnlyList<ApiKey> ApiKeys();

    bool RemoveApiKey(string name);
}
