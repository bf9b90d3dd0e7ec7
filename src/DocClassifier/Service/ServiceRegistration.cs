using DocClassifier.Classification;
using DocClassifier.Cli.Commands;
using DocClassifier.Extraction;
using DocClassifier.Intake;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Routing;
using DocClassifier.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Cli.Service;

/// <summary>Registers the pipeline; <see cref="AddWorkers"/> adds Hangfire and the inbox watcher for <c>run</c>.</summary>
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
        services.AddSingleton<IDocumentLedger>(_ => options.Storage.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? new PostgresDocumentLedger(options.ConnectionString ?? throw new InvalidOperationException("Storage is postgres but DocClassifier:ConnectionString is not set."))
            : new SqliteDocumentLedger(options.LedgerPath));
        services.AddSingleton(_ => new DocumentExtraction(extraction));
        services.AddSingleton(s => s.GetRequiredService<DocumentExtraction>().Extractor);
        services.AddSingleton(_ => MlNetDocumentClassifier.Load(ModelLocator.Resolve(options.ModelPath)));
        services.AddSingleton<IDocumentClassifier>(s => s.GetRequiredService<MlNetDocumentClassifier>());
        services.AddSingleton<IResultSink>(_ => new FolderResultSink(folders.Results));
        services.AddSingleton<IFailureSink>(_ => new FolderFailureSink(folders.Failed));
        services.AddSingleton(_ => new WorkStore(folders.Work));
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton(s => new DocumentIntake(s.GetRequiredService<IDocumentLedger>(), folders.Inbox, folders.Archive, folders.Duplicates, TimeProvider.System));
        services.AddSingleton(s => new ReviewDesk(
            s.GetRequiredService<IDocumentLedger>(),
            s.GetRequiredService<IResultSink>(),
            s.GetRequiredService<IFailureSink>(),
            s.GetRequiredService<WorkStore>(),
            s.GetRequiredService<MlNetDocumentClassifier>().Card.Labels,
            folders.Examples,
            TimeProvider.System) { ClaimLease = TimeSpan.FromMinutes(options.ReviewClaimMinutes) });
        services.AddSingleton(s => new PipelineMetrics(s.GetRequiredService<IDocumentLedger>()));
        return services;
    }

    public static IServiceCollection AddWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>() ?? new ServiceOptions();
        services.AddHangfire(hangfire =>
        {
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (options.Storage.Equals("postgres", StringComparison.OrdinalIgnoreCase))
            {
                hangfire.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(options.ConnectionString),
                    new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, EnableLongPolling = true, QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(server => server.WorkerCount = Workers(options));
        services.AddTransient<ProcessDocumentJob>();
        services.AddHostedService<StartupRecovery>();
        services.AddHostedService<InboxWatcher>();
        return services;
    }

    private static int Workers(ServiceOptions options) => options.Workers > 0 ? options.Workers : Environment.ProcessorCount;
}
