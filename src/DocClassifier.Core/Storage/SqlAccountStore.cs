using System.Data.Common;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>Users and API keys in the ledger's database (tables created by the ledger's migrations).</summary>
internal sealed class SqlAccountStore(Func<DbConnection> open) : IAccountStore
{
    public bool SaveUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var connection = open();
        using var transaction = connection.BeginTransaction();
        var updated = Execute(connection, transaction, "UPDATE users SET role = @role, password_hash = @hash WHERE name = @name", ("role", user.Role), ("hash", user.PasswordHash), ("name", user.Name));
        if (updated == 0)
        {
            Execute(
                connection,
                transaction,
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)",
                ("name", user.Name),
                ("role", user.Role),
                ("hash", user.PasswordHash),
                ("at", user.CreatedAt.ToUnixTimeMilliseconds()));
        }

        transaction.Commit();
        return updated == 0;
    }

    public UserAccount? FindUser(string name)
    {
        using var connection = open();
        return Query(connection, null, ReadUser, "SELECT name, role, password_hash, created_at FROM users WHERE name = @name", ("name", name)).SingleOrDefault();
    }

    public IReadOnlyList<UserAccount> Users()
    {
        using var connection = open();
        return Query(connection, null, ReadUser, "SELECT name, role, password_hash, created_at FROM users ORDER BY name");
    }

    public void AddApiKey(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = open();
        Execute(
            connection,
            null,
            "INSERT INTO api_keys (name, role, key_hash, created_by, created_at) VALUES (@name, @role, @hash, @by, @at)",
            ("name", key.Name),
            ("role", key.Role),
            ("hash", key.KeyHash),
            ("by", key.CreatedBy),
            ("at", key.CreatedAt.ToUnixTimeMilliseconds()));
    }

    public ApiKey? FindApiKey(string keyHash)
    {
        using var connection = open();
        return Query(connection, null, ReadKey, "SELECT name, role, key_hash, created_by, created_at FROM api_keys WHERE key_hash = @hash", ("hash", keyHash)).SingleOrDefault();
    }

    public IReadOnlyList<ApiKey> ApiKeys()
    {
        using var connection = open();
        return Query(connection, null, ReadKey, "SELECT name, role, key_hash, created_by, created_at FROM api_keys ORDER BY name");
    }

    public bool RemoveApiKey(string name)
    {
        using var connection = open();
        return Execute(connection, null, "DELETE FROM api_keys WHERE name = @name", ("name", name)) > 0;
    }

    private static UserAccount ReadUser(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), Time(reader.GetInt64(3)));

    private static ApiKey ReadKey(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Time(reader.GetInt64(4)));
}
