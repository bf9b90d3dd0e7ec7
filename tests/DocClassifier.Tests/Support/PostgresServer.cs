using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder (as the postgres
/// user when running as root), pg_ctl start on a free loopback port, stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string folder;
    private readonly string binaries;
    private readonly bool asPostgresUser;

    private PostgresServer(string folder, string binaries, int port, bool asPostgresUser)
    {
        (this.folder, this.binaries, Port, this.asPostgresUser) = (folder, binaries, port, asPostgresUser);
    }

    private static readonly HashSet<int> Ports = [];

    public int Port { get; private set; }

    /// <summary>
    /// A fresh, empty database on this server; its connection string (pooled: each database is a test's own).
    /// The database is created over a connection of its own, never a pooled one: a pooled connection to the
    /// server's "postgres" database outlives a restart of this server, or a server stopped earlier on the same port,
    /// and the next command on it reads the end of the stream (a CI run failed so).
    /// </summary>
    public string NewDatabase()
    {
        var name = $"t{Guid.NewGuid():N}";
        using (var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres", pooling: false)))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            create.ExecuteNonQuery();
        }

        return ConnectionString(name, pooling: true);
    }

    private string ConnectionString(string database, bool pooling) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling={(pooling ? "true" : "false")}";

    public static PostgresServer Start()
    {
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (binaries is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql; run scripts/setup.sh.");
        }

        var folder = Directory.CreateTempSubdirectory("docclassifier-pg-").FullName;
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
        {
            Run("chown", ["-R", "postgres:postgres", folder], false);
        }

        var server = new PostgresServer(folder, binaries, FreePort(), asPostgresUser);
        server.Tool("initdb", ["-D", Path.Combine(folder, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                server.StartServer();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The free port was taken between our look and PostgreSQL's bind (another program on the machine).
                var taken = server.Port;
                server.Port = FreePort();
                Release(taken);
            }
        }
    }

    /// <summary>
    /// Stops the server (fast shutdown: every session is ended, as when the database machine reboots),
    /// waits, and starts it again on the same port with the same data.
    /// </summary>
    public void Restart(TimeSpan down)
    {
        Tool("pg_ctl", ["-D", Path.Combine(folder, "data"), "-w", "-m", "fast", "stop"]);
        Thread.Sleep(down);
        StartServer();
    }

    private void StartServer() =>
        Tool("pg_ctl", ["-D", Path.Combine(folder, "data"), "-w", "-l", Path.Combine(folder, "log"), "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off", "start"]);

    public void Dispose()
    {
        try
        {
            Tool("pg_ctl", ["-D", Path.Combine(folder, "data"), "-w", "-m", "immediate", "stop"]);
        }
        finally
        {
            Release(Port);
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Tool(string name, string[] arguments)
    {
        var tool = Path.Combine(binaries, name);
        if (asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", tool, .. arguments], true);
        }
        else
        {
            Run(tool, arguments, true);
        }
    }

    private static void Run(string file, string[] arguments, bool check)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {error.Result}");
        }
    }

    // A port stays this process's from its server's start to its disposal, also while a restart has it down: the system
    // could hand the free port to another fixture's server in that time, and the restart would then fail to bind (or a
    // test would reach the other fixture's server).
    private static int FreePort()
    {
        lock (Ports)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Ports.Add(port))
                {
                    return port;
                }
            }
        }
    }

    private static void Release(int port)
    {
        lock (Ports)
        {
            _ = Ports.Remove(port);
        }
    }
}
