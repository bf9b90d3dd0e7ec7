using Npgsql;

namespace DocClassifier.Intake;

/// <summary>
/// For nodes sharing PostgreSQL: a session-level advisory lock held on a connection of its own. The
/// server releases it when that session ends (process killed, machine gone once TCP keepalive notices),
/// and the next node's <see cref="TryHold"/> gets it. A lost connection means a lost lease: this node
/// stops taking files until it holds the lock again.
/// </summary>
public sealed class PostgresIntakeLease(string connectionString) : IIntakeLease
{
    // Any fixed number, distinct from the migration lock.
    private const long IntakeLock = 0x446f63496e74;
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 10, Pooling = false }.ConnectionString;
    private NpgsqlConnection? session;
    private bool holding;

    public bool TryHold()
    {
        try
        {
            if (session is null)
            {
                session = new NpgsqlConnection(connectionString);
                session.Open();
            }

            using var command = session.CreateCommand();
            command.CommandText = holding ? "SELECT 1" : $"SELECT pg_try_advisory_lock({IntakeLock})";
            var answer = command.ExecuteScalar();
            holding = holding || answer is true;
            return holding;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The session is gone, and the lock with it.
            Release();
            return false;
        }
    }

    public void Dispose() => Release();

    private void Release()
    {
        holding = false;
        session?.Dispose();
        session = null;
    }
}
