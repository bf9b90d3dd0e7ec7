using DocClassifier.Processing;
using DocClassifier.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>The document queue every caller enqueues through, and what a node of the service runs as its roles ask.</summary>
public static class NodeRegistration
{
    /// <summary>
    /// Hangfire's job storage (PostgreSQL, shared by every node and command; or memory, the service's alone) and
    /// <see cref="IDocumentQueue"/> on it. A command beside a SQLite service cannot reach that memory: its queue is
    /// the ledger hand-off (<see cref="LedgerHandOffQueue"/>).
    /// </summary>
    public static IServiceCollection AddDocumentQueue(this IServiceCollection services, ServiceRoles roles)
    {
        services.AddHangfire((s, hangfire) =>
        {
            var options = s.GetRequiredService<ServiceOptions>();
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (options.IsPostgres)
            {
                hangfire.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(options.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        PrepareSchemaIfNecessary = true,
                        EnableLongPolling = true,
                        QueuePollInterval = TimeSpan.FromSeconds(1),

                        // A live worker keeps extending its job's timeout; a dead one's job goes to another worker after it (5 minutes by default).
                        InvisibilityTimeout = TimeSpan.FromSeconds(options.JobInvisibilitySeconds),
                        UseSlidingInvisibilityTimeout = true,

                        // A lock whose holder lost its connection (PostgreSQL restarted) stays as a row until it is this old;
                        // the default, 10 minutes, stalled every worker that needed it. Hangfire holds its locks for milliseconds.
                        DistributedLockTimeout = TimeSpan.FromMinutes(1),
                    });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddTransient<ProcessDocumentJob>();
        services.AddSingleton<RunningDocuments>();
        services.AddSingleton(s =>
        {
            // A process renews each fetch it holds every fifth of the invisibility timeout; two missed renewals mean it is gone.
            var invisibility = TimeSpan.FromSeconds(s.GetRequiredService<ServiceOptions>().JobInvisibilitySeconds);
            return new HangfireDocumentQueue(s.GetRequiredService<JobStorage>(), s.GetRequiredService<IBackgroundJobClient>(), s.GetService<TimeProvider>())
            {
                AbandonedFetchAfter = (2 * invisibility / 5) + TimeSpan.FromSeconds(10),
            };
        });
        services.AddSingleton<LedgerHandOffQueue>();
        services.AddSingleton<IDocumentQueue>(s => roles != ServiceRoles.None || s.GetRequiredService<ServiceOptions>().IsPostgres
            ? s.GetRequiredService<HangfireDocumentQueue>()
            : s.GetRequiredService<LedgerHandOffQueue>());
        return services;
    }

    /// <summary>Workers run jobs; the intake node watches the inbox, recovers, sweeps and schedules retraining. A command runs neither.</summary>
    public static IServiceCollection AddNode(this IServiceCollection services, ServiceRoles roles)
    {
        if (roles.HasFlag(ServiceRoles.Worker))
        {
            services.AddHangfireServer((s, server) => server.WorkerCount = s.GetRequiredService<ServiceOptions>().WorkerCount);
        }

        if (roles.HasFlag(ServiceRoles.Intake))
        {
            // The in-memory queue dies with the process; on PostgreSQL a restarted node need not wait for
            // the invisibility timeout of the jobs it was running when it died.
            services.AddHostedService<StartupRecovery>();
            services.AddSingleton(s => new StuckDocumentSweep(
                s.GetRequiredService<IDocumentLedger>(),
                s.GetRequiredService<IDocumentQueue>(),
                s.GetRequiredService<TimeProvider>(),
                s.GetService<PipelineMetrics>(),
                s.GetRequiredService<ILogger<StuckDocumentSweep>>())
            {
                Grace = TimeSpan.FromSeconds(s.GetRequiredService<ServiceOptions>().SweepGraceSeconds),
            });
            services.AddHostedService<RetrainingSchedule>();
            services.AddHostedService<InboxWatcher>();
        }

        return services;
    }
}
