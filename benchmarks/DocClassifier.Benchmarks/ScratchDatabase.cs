using System.Globalization;
using Npgsql;

namespace DocClassifier.Benchmarks;

/// <summary>A fresh PostgreSQL database for one run, dropped afterwards, so every run starts from an empty ledger and queue.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string server;
    private readonly string name;

    private ScratchDatabase(string server, string name, string connectionString)
    {
        this.server = server;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static ScratchDatabase Create(string serverConnectionString)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"docclassifier_bench_{DateTime.UtcNow:yyyyMMddHHmmssfff}");
        Execute(serverConnectionString, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        return new ScratchDatabase(serverConnectionString, name, builder.ConnectionString);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
#pragma warning disable CA2100 // The name is made here from a timestamp, never from input.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
