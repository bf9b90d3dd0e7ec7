using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Storage;

/// <summary>One throwaway PostgreSQL server for every Postgres contract fixture, started by the first that needs it; each fixture takes a database of its own.</summary>
[SetUpFixture]
public sealed class SharedPostgres
{
    private static readonly Lazy<PostgresServer> Server = new(PostgresServer.Start);

    public static string NewDatabase() => Server.Value.NewDatabase();

    [OneTimeTearDown]
    public void StopServer()
    {
        if (Server.IsValueCreated)
        {
            Server.Value.Dispose();
        }
    }
}
