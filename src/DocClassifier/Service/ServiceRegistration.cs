using DocClassifier.Classification;
using DocClassifier.Cli.Commands;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Intake;
using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Routing;
using DocClassifier.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Cli.Service;

/// <summary>Registers the pipeline; <see cref="AddRoles"/> adds Hangfire, workers and the inbox watcher as the node's roles ask.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>() ?? new ServiceOptions();
        var extraction = configuration.GetSection(ExtractionOptions.SectionName).Get<ExtractionOptions>() ?? new ExtractionOptions();
        extraction.MaxEngines = extraction.MaxEngines > 0 ? extraction.MaxEngines : Workers(options);
        var folders = ServiceFolders.From(options);

        services.AddSingleton(options);
        services.AddSingleton(folders);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqlLedgerDatabase>(s => IsPostgres(options)
            ? new PostgresDocumentLedger(
                options.ConnectionString ?? throw new InvalidOperationException("Storage is postgres but DocClassifier:ConnectionString is not set."), s.GetRequiredService<TimeProvider>())
            : new SqliteDocumentLedger(options.LedgerPath, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentLedger>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton<IReviewClaims>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton<IDocumentSearch>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton(s => s.GetRequiredService<SqlLedgerDatabase>().Accounts);
        services.AddSingleton(_ => new DocumentExtraction(extraction));
        services.AddSingleton<IDocumentExtractor>(s => options.JobHoldFolder is { Length: > 0 } hold
            ? new HoldingExtractor(s.GetRequiredService<DocumentExtraction>().Extractor, Path.GetFullPath(hold))
            : s.GetRequiredService<DocumentExtraction>().Extractor);
        services.AddLearning(configuration, options, folders, extraction);
        services.AddSingleton<IResultSink>(_ => new FolderResultSink(folders.Results));
        services.AddSingleton<IFailureSink>(_ => new FolderFailureSink(folders.Failed));
        services.AddSingleton(_ => new WorkStore(folders.Work));
        services.AddSingleton(s => new DocumentProcessor(
            s.GetRequiredService<IDocumentLedger>(),
            s.GetRequiredService<IDocumentExtractor>(),
            s.GetRequiredService<IDocumentClassifier>(),
            s.GetRequiredService<IResultSink>(),
            s.GetRequiredService<IFailureSink>(),
            s.GetRequiredService<WorkStore>(),
            TimeProvider.System,
            s.GetRequiredService<DecidedDocumentDelivery>(),
            s.GetRequiredService<PipelineMetrics>(),
            new ThresholdRoutingPolicy(new FieldRequirements(configuration.GetSection("Fields:Required").Get<Dictionary<string, string[]>>() ?? [])))
        {
            WorkerName = $"worker:{Environment.MachineName}/{Environment.ProcessId}",
        });
        services.AddSingleton(s => new DocumentIntake(s.GetRequiredService<IDocumentLedger>(), folders.Inbox, folders.Archive, folders.Duplicates, TimeProvider.System));
        services.AddSingleton(s => new DecidedDocumentDelivery(
            s.GetRequiredService<IDocumentLedger>(), s.GetRequiredService<IResultSink>(), s.GetRequiredService<WorkStore>(), folders.Examples));
        services.AddSingleton(s => new ReviewDesk(
            s.GetRequiredService<IDocumentLedger>(),
            s.GetRequiredService<IReviewClaims>(),
            s.GetRequiredService<IFailureSink>(),
            s.GetRequiredService<WorkStore>(),
            s.GetRequiredService<DecidedDocumentDelivery>(),
            s.GetRequiredService<LiveLabelCollection>(),
            TimeProvider.System) { ClaimLease = TimeSpan.FromMinutes(options.ReviewClaimMinutes) });
        services.AddSingleton(s => new PipelineMetrics(s.GetRequiredService<IDocumentLedger>()));
        return services;
    }

    /// <summary>Hangfire's job storage (every role enqueues or runs jobs), then what the node's roles need.</summary>
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration, ServiceRoles roles)
    {
        var options = configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>() ?? new ServiceOptions();
        var postgres = IsPostgres(options);
        services.AddHangfire(hangfire =>
        {
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (postgres)
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
        services.AddSingleton<DocumentJobs>();
        if (roles.HasFlag(ServiceRoles.Worker))
        {
            services.AddHangfireServer(server => server.WorkerCount = Workers(options));
        }

        if (roles.HasFlag(ServiceRoles.Intake))
        {
            services.AddSingleton<IIntakeLease>(_ => postgres
                ? new PostgresIntakeLease(options.ConnectionString!)
                : new FileIntakeLease(Path.Combine(Path.GetFullPath(options.BaseDirectory), "intake.lock")));

            // The in-memory queue dies with the process; on PostgreSQL a restarted node need not wait for
            // the invisibility timeout of the jobs it was running when it died.
            services.AddHostedService<StartupRecovery>();
            services.AddSingleton(s => new StuckDocumentSweep(
                s.GetRequiredService<IDocumentLedger>(),
                s.GetRequiredService<DocumentJobs>(),
                TimeProvider.System,
                s.GetRequiredService<PipelineMetrics>(),
                s.GetRequiredService<ILogger<StuckDocumentSweep>>()));
            services.AddHostedService<RetrainingSchedule>();
            services.AddHostedService<InboxWatcher>();
        }

        return services;
    }

    // The registry (seeded with the shipped model), the hot-swapping classifier, the labels reviewers
    // can choose, and the retrainer.
    private static void AddLearning(this IServiceCollection services, IConfiguration configuration, ServiceOptions options, ServiceFolders folders, ExtractionOptions extraction)
    {
        var learning = configuration.GetSection(LearningOptions.SectionName).Get<LearningOptions>() ?? new LearningOptions();
        services.AddSingleton(learning);
        services.AddSingleton(_ =>
        {
            var registry = new ModelRegistry(folders.Models);
            registry.EnsureLive(ModelLocator.Resolve(options.ModelPath));
            return registry;
        });
        services.AddSingleton(s =>
        {
            var classifier = new HotSwappingClassifier(s.GetRequiredService<ModelRegistry>(), TimeProvider.System, TimeSpan.FromSeconds(learning.CheckLiveSeconds));
            var logger = s.GetRequiredService<ILoggerFactory>().CreateLogger<HotSwappingClassifier>();
            classifier.Swapped += version => logger.LogInformation("Classifying with model {Version}.", version);
            classifier.RefreshFailed += e => logger.LogWarning(e, "Could not look for a newly promoted model; the current one goes on serving.");
            return classifier;
        });
        services.AddSingleton<IDocumentClassifier>(s => s.GetRequiredService<HotSwappingClassifier>());
        services.AddSingleton(s => new LiveLabelCollection(s.GetRequiredService<HotSwappingClassifier>(), s.GetRequiredService<ModelRegistry>()));
        services.AddSingleton(s => new Retrainer(
            s.GetRequiredService<ModelRegistry>(), folders.Examples, new BaseTrainingData(learning, folders.Models, extraction).Load, learning));
        services.AddTransient<RetrainJob>();
    }

    private static bool IsPostgres(ServiceOptions options) => options.Storage.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    private static int Workers(ServiceOptions options) => options.Workers > 0 ? options.Workers : Environment.ProcessorCount;
}
