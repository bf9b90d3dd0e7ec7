using DocClassifier.Tests.Support;
using Npgsql;

namespace DocClassifier.Tests.Storage;

/// <summary>The tests' own PostgreSQL server keeps handing out databases across a restart.</summary>
[TestFixture]
[Category("Postgres")]
public sealed class PostgresServerTests
{
    [Test]
    public void ADatabaseIsCreated_AfterTheServerRestarted()
    {
        using var server = PostgresServer.Start();
        var first = server.NewDatabase();
        server.Restart(TimeSpan.Zero);
        var second = server.NewDatabase();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(Scalar(second, "SELECT current_database()"), Is.EqualTo(new NpgsqlConnectionStringBuilder(second).Database));
        });
    }

    private static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
