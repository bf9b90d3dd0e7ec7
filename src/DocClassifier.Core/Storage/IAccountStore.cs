namespace DocClassifier.Storage;

/// <summary>Users and API keys, in the ledger's database.</summary>
public interface IAccountStore
{
    /// <summary>Adds the user, or replaces the role and password of an existing one; false when it replaced.</summary>
    bool SaveUser(UserAccount user);

    UserAccount? FindUser(string name);

    IReadOnlyList<UserAccount> Users();

    void AddApiKey(ApiKey key);

    ApiKey? FindApiKey(string keyHash);

    IReadOnlyList<ApiKey> ApiKeys();

    bool RemoveApiKey(string name);
}
