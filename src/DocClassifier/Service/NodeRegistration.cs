using DocClassifier.Processing;
using DocClassifier.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
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
            var configuration = s.GetRequiredService<IConfiguration>();
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();

            // Hangfire stores the enqueuer's culture with every job (2 parameter rows, read back 3 times, on PostgreSQL); a
            // document job takes only an id and runs in its worker's culture, so nothing is captured.
            // Hangfire's filters are global to the process: the setting decides either way.
            var captureCulture = configuration.GetValue(HangfirePostgresSettings.CaptureCultureKey, false);
            GlobalJobFilters.Filters.Remove<CaptureCultureAttribute>();
            if (captureCulture)
            {
                GlobalJobFilters.Filters.Add(new CaptureCultureAttribute());
            }

            if (options.IsPostgres)
            {
                hangfire.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(HangfirePostgresSettings.ConnectionString(options, configuration)),
                    HangfirePostgresSettings.StorageOptions(options, configuration));
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
            var options = s.GetRequiredService<ServiceOptions>();
            var invisibility = TimeSpan.FromSeconds(options.JobInvisibilitySeconds);
            return new HangfireDocumentQueue(s.GetRequiredService<JobStorage>(), s.GetRequiredService<IBackgroundJobClient>(), s.GetService<TimeProvider>())
            {
                AbandonedFetchAfter = (2 * invisibility / 5) + TimeSpan.FromSeconds(10),
                MaxDocumentsPerJob = options.DocumentsPerJob,
                Workers = options.WorkerCount,
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
