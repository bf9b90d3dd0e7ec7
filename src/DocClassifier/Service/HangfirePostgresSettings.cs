using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DocClassifier.Host.Service;

/// <summary>
/// How Hangfire.PostgreSql is set up: our defaults, each measured with <c>pg_stat_statements</c> on the service benchmark
/// (README, "Hangfire.PostgreSql settings"), then anything under the configuration section "Hangfire:PostgreSql"
/// (<see cref="PostgreSqlStorageOptions"/> by property name) and "Hangfire:Connection" (Npgsql connection-string keywords
/// for Hangfire's own connections), so a setting can be measured again without a build.
/// </summary>
public static class HangfirePostgresSettings
{
    public const string StorageSection = "Hangfire:PostgreSql";

    public const string ConnectionSection = "Hangfire:Connection";

    /// <summary>True puts back Hangfire's default of storing the enqueuer's culture with each job (off: a document job needs none).</summary>
    public const string CaptureCultureKey = "Hangfire:CaptureCulture";

    public static PostgreSqlStorageOptions StorageOptions(ServiceOptions service, IConfiguration configuration)
    {
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,

            // No LISTEN/NOTIFY: with it, a fetched job now and then was never started while its fetch was kept alive (job
            // Enqueued, its fetch renewed by the sliding-invisibility heartbeat, no worker on it): a batch job's ten documents
            // waited two minutes for the stuck-document sweep in 4 of 9 runs of 3,000 born-digital documents, and in 0 of 6
            // without it, at the same rate (README, "Under load, on PostgreSQL"). Workers poll the queue every second instead.
            EnableLongPolling = false,
            QueuePollInterval = TimeSpan.FromSeconds(1),

            // A live worker keeps extending its job's timeout; a dead one's job goes to another worker after it (5 minutes by default).
            InvisibilityTimeout = TimeSpan.FromSeconds(service.JobInvisibilitySeconds),
            UseSlidingInvisibilityTimeout = true,

            // A lock whose holder lost its connection (PostgreSQL restarted) stays as a row until it is this old;
            // the default, 10 minutes, stalled every worker that needed it. Hangfire holds its locks for milliseconds.
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        configuration.GetSection(StorageSection).Bind(options);
        return options;
    }

    /// <summary>
    /// Hangfire's connection string: the service's, with pooled connections not reset on return (Hangfire's locks are rows and
    /// its transactions end; long polling's LISTEN, which would stay on a connection, is off by default), so
    /// their statements stay prepared across uses; and with Hangfire's commits asynchronous (<c>synchronous_commit=off</c>):
    /// a commit returns before its WAL is on disk. Each born-digital document cost ten WAL flushes, nearly all Hangfire's,
    /// each waited for by a worker or the intake (README, "Under load, on PostgreSQL"). What a crash of the database server
    /// can lose is its last fraction of a second of Hangfire's rows, never the ledger's intake (committed synchronously on its
    /// own connections), and the ledger makes good what is lost: a Received document without a job is queued again by the
    /// sweep, and a job run again for a document already finished does nothing.
    /// </summary>
    public static string ConnectionString(ServiceOptions service, IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(service.ConnectionString) { NoResetOnClose = true, MaxAutoPrepare = 64 };
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        foreach (var setting in configuration.GetSection(ConnectionSection).GetChildren())
        {
            builder[setting.Key] = setting.Value;
        }

        return builder.ConnectionString;
    }
}
