using System.Data.Common;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>Users and API keys in the ledger's database (tables created by the ledger's migrations).</summary>
internal sealed class SqlAccountStore(Func<DbConnection> open) : IAccountStore
{
    private const string UserColumns = "SELECT name, role, password_hash, created_at, security_stamp, failed_sign_ins, locked_until FROM users";

    public bool SaveUser(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var connection = open();
        using var transaction = connection.BeginTransaction();
        var updated = Execute(
            connection,
            transaction,
            "UPDATE users SET role = @role, password_hash = @hash, security_stamp = @stamp, failed_sign_ins = @failures, locked_until = @locked WHERE name = @name",
            ("role", user.Role),
            ("hash", user.PasswordHash),
            ("stamp", user.SecurityStamp),
            ("failures", user.FailedSignIns),
            ("locked", user.LockedUntil?.ToUnixTimeMilliseconds()),
            ("name", user.Name));
        if (updated == 0)
        {
            Execute(
                connection,
                transaction,
                "INSERT INTO users (name, role, password_hash, created_at, security_stamp, failed_sign_ins, locked_until) VALUES (@name, @role, @hash, @at, @stamp, @failures, @locked)",
                ("name", user.Name),
                ("role", user.Role),
                ("hash", user.PasswordHash),
                ("at", user.CreatedAt.ToUnixTimeMilliseconds()),
                ("stamp", user.SecurityStamp),
                ("failures", user.FailedSignIns),
                ("locked", user.LockedUntil?.ToUnixTimeMilliseconds()));
        }

        transaction.Commit();
        return updated == 0;
    }

    public UserAccount? FindUser(string name)
    {
        using var connection = open();
        return Query(connection, null, ReadUser, UserColumns + " WHERE name = @name", ("name", name)).SingleOrDefault();
    }

    public IReadOnlyList<UserAccount> Users()
    {
        using var connection = open();
        return Query(connection, null, ReadUser, UserColumns + " ORDER BY name");
    }

    public bool RemoveUser(string name)
    {
        using var connection = open();
        return Execute(connection, null, "DELETE FROM users WHERE name = @name", ("name", name)) > 0;
    }

    public int AddFailedSignIn(string name)
    {
        using var connection = open();
        var count = Scalar(connection, null, "UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE name = @name RETURNING failed_sign_ins", ("name", name));
        return count is null ? 0 : Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void LockOut(string name, DateTimeOffset until)
    {
        using var connection = open();
        Execute(connection, null, "UPDATE users SET failed_sign_ins = 0, locked_until = @until WHERE name = @name", ("until", until.ToUnixTimeMilliseconds()), ("name", name));
    }

    public bool AddApiKey(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = open();

        // Only a taken name (or, never in practice, a repeated 256-bit key) is a conflict; any other error throws.
        return Execute(
            connection,
            null,
            "INSERT INTO api_keys (name, role, key_hash, created_by, created_at) VALUES (@name, @role, @hash, @by, @at) ON CONFLICT DO NOTHING",
            ("name", key.Name),
            ("role", key.Role),
            ("hash", key.KeyHash),
            ("by", key.CreatedBy),
            ("at", key.CreatedAt.ToUnixTimeMilliseconds())) == 1;
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
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), Time(reader.GetInt64(3)), reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : Time(reader.GetInt64(6)));

    private static ApiKey ReadKey(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Time(reader.GetInt64(4)));
}
