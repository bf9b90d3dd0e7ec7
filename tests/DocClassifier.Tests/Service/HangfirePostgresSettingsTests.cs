using DocClassifier.Host.Service;
using DocClassifier.Processing;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DocClassifier.Tests.Service;

/// <summary>The Hangfire.PostgreSql settings measured for #21 are the ones a node runs with, and configuration can change each.</summary>
[Category("Postgres")]
public sealed class HangfirePostgresSettingsTests
{
    private PostgresServer server = null!;

    [OneTimeSetUp]
    public void StartDatabase() => server = PostgresServer.Start();

    [OneTimeTearDown]
    public void StopDatabase()
    {
        // Hangfire's filters are global to the process: leave them as a node without the setting has them.
        _ = CultureParametersOfAQueuedJob(captureCulture: false);
        server.Dispose();
    }

    [Test]
    public void AJobQueuedByANode_CarriesNoCultureParameters_UnlessCaptureCultureIsSet()
    {
        Assert.That(CultureParametersOfAQueuedJob(captureCulture: true), Is.EqualTo(2), "the setting puts Hangfire's default back");
        Assert.That(CultureParametersOfAQueuedJob(captureCulture: false), Is.Zero);
    }

    [Test]
    public void HangfiresConnections_AreNotResetOnReturn_AndPrepareTheirStatements_UnlessConfiguredOtherwise()
    {
        var options = new ServiceOptions { Storage = "postgres", ConnectionString = "Host=db;Username=u;Database=d" };

        var ours = new NpgsqlConnectionStringBuilder(HangfirePostgresSettings.ConnectionString(options, Configuration()));
        var configured = new NpgsqlConnectionStringBuilder(HangfirePostgresSettings.ConnectionString(
            options, Configuration(("Hangfire:Connection:No Reset On Close", "false"), ("Hangfire:Connection:Max Auto Prepare", "0"))));

        Assert.Multiple(() =>
        {
            Assert.That(ours.NoResetOnClose, Is.True);
            Assert.That(ours.MaxAutoPrepare, Is.GreaterThan(0));
            Assert.That(ours.Host, Is.EqualTo("db"), "the service's own connection string underneath");
            Assert.That(configured.NoResetOnClose, Is.False);
            Assert.That(configured.MaxAutoPrepare, Is.Zero);
        });
    }

    [Test]
    public void HangfiresCommits_AreAsynchronousOnTheServer_UnlessTheConnectionOptionsAreConfigured()
    {
        var options = new ServiceOptions { Storage = "postgres", ConnectionString = server.NewDatabase() };

        Assert.Multiple(() =>
        {
            Assert.That(SynchronousCommit(HangfirePostgresSettings.ConnectionString(options, Configuration())), Is.EqualTo("off"));
            Assert.That(
                SynchronousCommit(HangfirePostgresSettings.ConnectionString(options, Configuration(("Hangfire:Connection:Options", "-c synchronous_commit=on")))),
                Is.EqualTo("on"),
                "configuration replaces the options");
            Assert.That(SynchronousCommit(options.ConnectionString), Is.EqualTo("on"), "the service's own connections (the ledger's intake) keep the server's default");
        });
    }

    [Test]
    public void StorageOptions_AreOursByDefault_AndEachCanBeSetInConfiguration()
    {
        var options = new ServiceOptions { Storage = "postgres", ConnectionString = "Host=db", JobInvisibilitySeconds = 120 };

        var ours = HangfirePostgresSettings.StorageOptions(options, Configuration());
        var configured = HangfirePostgresSettings.StorageOptions(
            options,
            Configuration(
                ("Hangfire:PostgreSql:QueuePollInterval", "00:00:15"),
                ("Hangfire:PostgreSql:UseSlidingInvisibilityTimeout", "false"),
                ("Hangfire:PostgreSql:DistributedLockTimeout", "00:00:15")));

        Assert.Multiple(() =>
        {
            Assert.That(ours.EnableLongPolling, Is.False, "long polling left fetched jobs unstarted");
            Assert.That(ours.QueuePollInterval, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(ours.UseSlidingInvisibilityTimeout, Is.True);
            Assert.That(ours.InvisibilityTimeout, Is.EqualTo(TimeSpan.FromSeconds(120)));
            Assert.That(ours.DistributedLockTimeout, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(configured.QueuePollInterval, Is.EqualTo(TimeSpan.FromSeconds(15)));
            Assert.That(configured.UseSlidingInvisibilityTimeout, Is.False);
            Assert.That(configured.DistributedLockTimeout, Is.EqualTo(TimeSpan.FromSeconds(15)), "as the PostgreSQL-restart fault test sets it");
            Assert.That(configured.InvisibilityTimeout, Is.EqualTo(TimeSpan.FromSeconds(120)), "what is not configured stays ours");
            Assert.That(configured.EnableLongPolling, Is.False, "what is not configured stays ours");
        });
    }

    /// <summary>Queues one document through the queue a node registers, and counts the culture parameters Hangfire stored with its job.</summary>
    private int CultureParametersOfAQueuedJob(bool captureCulture)
    {
        var database = server.NewDatabase();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new ServiceOptions { Storage = "postgres", ConnectionString = database });
        services.AddSingleton(Configuration((HangfirePostgresSettings.CaptureCultureKey, captureCulture ? "true" : "false")));
        services.AddDocumentQueue(ServiceRoles.None);
        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<IDocumentQueue>().Enqueue("a-document");
        }

        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM hangfire.jobparameter WHERE name IN ('CurrentCulture', 'CurrentUICulture')", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string SynchronousCommit(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SHOW synchronous_commit", connection);
        return (string)command.ExecuteScalar()!;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
