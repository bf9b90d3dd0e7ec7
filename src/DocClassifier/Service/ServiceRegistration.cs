using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Intake;
using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Routing;
using DocClassifier.SearchablePdf;
using DocClassifier.Splitting;
using DocClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocClassifier.Host.Service;

/// <summary>
/// The pipeline's stages, one extension each, in the order a document meets them (see <c>AddDocClassifier</c>).
/// DI builds every service it can; a factory is left only where a constructor takes a folder or a setting.
/// </summary>
public static class ServiceRegistration
{
    private const string CautiousExtraction = "cautious";

    /// <summary>The service's settings ("DocClassifier"), its folders and its one clock.</summary>
    public static IServiceCollection AddServiceSettings(this IServiceCollection services)
    {
        services.AddSettings<ServiceOptions>(ServiceOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Storage.Equals("sqlite", StringComparison.OrdinalIgnoreCase) || o.IsPostgres, "DocClassifier:Storage must be sqlite or postgres.")
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "DocClassifier:Storage is postgres but DocClassifier:ConnectionString is not set.");
        services.AddSingleton(s => ServiceFolders.From(s.GetRequiredService<ServiceOptions>()));
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The ledger (SQLite file or PostgreSQL) by purpose: documents and audit, review claims, search, and the accounts kept beside them.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqlLedgerDatabase>(s =>
        {
            var options = s.GetRequiredService<ServiceOptions>();
            var clock = s.GetRequiredService<TimeProvider>();
            return options.IsPostgres ? new PostgresDocumentLedger(options.ConnectionString!, clock) : new SqliteDocumentLedger(options.LedgerPath, clock);
        });
        services.AddSingleton<IDocumentLedger>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton<IReviewClaims>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton<IDocumentSearch>(s => s.GetRequiredService<SqlLedgerDatabase>());
        services.AddSingleton(s => s.GetRequiredService<SqlLedgerDatabase>().Accounts);
        return services;
    }

    /// <summary>Taking files from the inbox, and the lease that lets one node at a time do it.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddSingleton(s =>
        {
            var folders = s.GetRequiredService<ServiceFolders>();
            return new DocumentIntake(s.GetRequiredService<IDocumentLedger>(), folders.Inbox, folders.Archive, folders.Duplicates, s.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IIntakeLease>(s =>
        {
            var options = s.GetRequiredService<ServiceOptions>();
            return options.IsPostgres ? new PostgresIntakeLease(options.ConnectionString!) : new FileIntakeLease(Path.Combine(Path.GetFullPath(options.BaseDirectory), "intake.lock"));
        });
        return services;
    }

    /// <summary>Text layer or OCR, with one OCR engine per worker unless <c>Extraction:MaxEngines</c> says otherwise.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSettings<ExtractionOptions>(ExtractionOptions.SectionName)
            .PostConfigure<ServiceOptions>((extraction, service) => extraction.MaxEngines = extraction.MaxEngines > 0 ? extraction.MaxEngines : service.WorkerCount);
        services.AddSingleton<DocumentExtraction>();

        // A file whose reading killed the process is read again with the first language alone (engines made on first use).
        services.AddKeyedSingleton(CautiousExtraction, (s, _) =>
        {
            var options = s.GetRequiredService<ExtractionOptions>();
            return new DocumentExtraction(options.WithLanguages(options.Languages.Split('+', StringSplitOptions.RemoveEmptyEntries)[0]));
        });

        // The page model reads a multi-page scan to split it; one it leaves whole is processed from the same reading.
        // A file whose reading kills the process is read again alone, in one language, and given up after
        // DocClassifier:InterruptedReadingLimit tries.
        services.AddSingleton<IDocumentExtractor>(s =>
        {
            var options = s.GetRequiredService<ServiceOptions>();
            var extractor = s.GetRequiredService<DocumentExtraction>().Extractor;
            var cautious = s.GetRequiredService<ExtractionOptions>().Languages.Contains('+', StringComparison.Ordinal)
                ? s.GetRequiredKeyedService<DocumentExtraction>(CautiousExtraction).Extractor
                : extractor;
            IDocumentExtractor Held(IDocumentExtractor e) => options.JobHoldFolder is { Length: > 0 } hold ? new HoldingExtractor(e, Path.GetFullPath(hold)) : e;
            var counted = new CrashCountingExtractor(Held(extractor), Held(cautious), s.GetRequiredService<WorkStore>().Readings, options.InterruptedReadingLimit);
            return new RecentExtractionsExtractor(counted, options.WorkerCount);
        });
        return services;
    }

    /// <summary>
    /// Scanned stacks split at separator sheets ("Splitting"), and those without sheets by the page-level boundary model
    /// (<c>Splitting:PageModel</c>); each part's file goes to <c>archive/parts/</c>, beside the stack archived as dropped.
    /// </summary>
    public static IServiceCollection AddSplitting(this IServiceCollection services)
    {
        services.AddSettings<SplittingOptions>(SplittingOptions.SectionName).ValidateDataAnnotations();
        services.AddSingleton<IStackSplitter>(s =>
        {
            var options = s.GetRequiredService<SplittingOptions>();
            IStackSplitter splitter = new SeparatorSheetSplitter(options, s.GetRequiredService<ExtractionOptions>());
            if (options.PageModel)
            {
                var path = options.PageModelPath is { Length: > 0 } set
                    ? set
                    : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ModelLocator.Resolve(s.GetRequiredService<ServiceOptions>().ModelPath)))!, PageBoundaryModel.DefaultFileName);
                if (File.Exists(path))
                {
                    var model = PageBoundaryModel.Load(path);
                    splitter = new SheetsFirstStackSplitter(splitter, new PageBoundarySplitter(s.GetRequiredService<IDocumentExtractor>(), s.GetRequiredService<IDocumentClassifier>(), model, options));
                }
                else
                {
                    s.GetRequiredService<ILogger<PageBoundarySplitter>>().LogWarning("No page model at {Path}: stacks without separator sheets stay one document.", path);
                }
            }

            return s.GetRequiredService<ServiceOptions>().JobHoldFolder is { Length: > 0 } hold
                ? new HoldingStackSplitter(splitter, Path.GetFullPath(hold), s.GetRequiredService<ILogger<HoldingStackSplitter>>())
                : splitter;
        });
        services.AddSingleton(s => new StackPartWriter(s.GetRequiredService<ExtractionOptions>()));
        services.AddSingleton(s => new StackPartRecorder(
            s.GetRequiredService<StackPartWriter>(),
            s.GetRequiredService<IDocumentLedger>(),
            Path.Combine(s.GetRequiredService<ServiceFolders>().Archive, "parts"),
            s.GetRequiredService<TimeProvider>()));
        services.AddSingleton(s => new StackSplitting(
            s.GetRequiredService<IStackSplitter>(),
            s.GetRequiredService<StackPartWriter>(),
            s.GetRequiredService<IDocumentLedger>(),
            Path.Combine(s.GetRequiredService<ServiceFolders>().Archive, "parts"),
            s.GetRequiredService<TimeProvider>()) { ReviewUncertainStacks = s.GetRequiredService<SplittingOptions>().ReviewUncertainStacks });
        return services;
    }

    /// <summary>The live model of the registry, swapped without a restart when another is promoted.</summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddSingleton(s =>
        {
            var classifier = new HotSwappingClassifier(
                s.GetRequiredService<ModelRegistry>(), s.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(s.GetRequiredService<LearningOptions>().CheckLiveSeconds));
            var logger = s.GetRequiredService<ILogger<HotSwappingClassifier>>();
            classifier.Swapped += version => logger.LogInformation("Classifying with model {Version}.", version);
            classifier.RefreshFailed += e => logger.LogWarning(e, "Could not look for a newly promoted model; the current one goes on serving.");
            return classifier;
        });
        services.AddSingleton<IDocumentClassifier>(s => s.GetRequiredService<HotSwappingClassifier>());
        return services;
    }

    /// <summary>The fields each label must have to be delivered without review ("Fields:Required").</summary>
    public static IServiceCollection AddFields(this IServiceCollection services)
    {
        services.AddOptions<Dictionary<string, string[]>>().BindConfiguration("Fields:Required");
        services.AddSingleton(s => new FieldRequirements(s.GetRequiredService<IOptions<Dictionary<string, string[]>>>().Value));
        return services;
    }

    /// <summary>
    /// Where a finished document goes: the one routing policy that decides deliver or review (scores, thresholds,
    /// rules, required fields), results/ for RPA bots (scans also as searchable PDFs, <c>Results:SearchablePdf</c>),
    /// failed/ with its reason.
    /// </summary>
    public static IServiceCollection AddResultRouting(this IServiceCollection services)
    {
        services.AddSingleton<IRoutingPolicy>(s => new ThresholdRoutingPolicy(s.GetRequiredService<FieldRequirements>()));
        services.AddSettings<SearchablePdfOptions>(SearchablePdfOptions.SectionName);
        services.AddSingleton<ISearchablePdfWriter>(s => s.GetRequiredService<SearchablePdfOptions>().SearchablePdf
            ? new GlyphlessTextPdfWriter(s.GetRequiredService<ExtractionOptions>())
            : new NoSearchablePdfWriter());
        services.AddSingleton<IResultSink>(s => ActivatorUtilities.CreateInstance<FolderResultSink>(s, s.GetRequiredService<ServiceFolders>().Results));
        services.AddSingleton<IFailureSink>(s => ActivatorUtilities.CreateInstance<FolderFailureSink>(s, s.GetRequiredService<ServiceFolders>().Failed));
        return services;
    }

    /// <summary>The processor a job hands a document to, its work records and its metrics.</summary>
    public static IServiceCollection AddProcessing(this IServiceCollection services)
    {
        services.AddSingleton(s => ActivatorUtilities.CreateInstance<WorkStore>(s, s.GetRequiredService<ServiceFolders>().Work));
        services.AddSingleton<PipelineMetrics>();

        // Built by hand for its init-only WorkerName, which names this node in the audit trail.
        services.AddSingleton(s => new DocumentProcessor(
            s.GetRequiredService<IDocumentLedger>(),
            s.GetRequiredService<IDocumentExtractor>(),
            s.GetRequiredService<IDocumentClassifier>(),
            s.GetRequiredService<IResultSink>(),
            s.GetRequiredService<IFailureSink>(),
            s.GetRequiredService<WorkStore>(),
            s.GetRequiredService<TimeProvider>(),
            s.GetRequiredService<DecidedDocumentDelivery>(),
            s.GetRequiredService<PipelineMetrics>(),
            s.GetRequiredService<IRoutingPolicy>(),
            s.GetRequiredService<StackSplitting>())
        {
            WorkerName = $"worker:{Environment.MachineName}/{Environment.ProcessId}",
            SpotChecks = s.GetRequiredService<SpotCheckSample>(),
        });
        services.AddSingleton(s => new SpotCheckSample(
            Path.Combine(s.GetRequiredService<ServiceFolders>().Work, "spot-checks"), s.GetRequiredService<LearningOptions>().SpotCheckPercent));
        services.AddSingleton(s => ActivatorUtilities.CreateInstance<DecidedDocumentDelivery>(s, s.GetRequiredService<ServiceFolders>().Examples));
        return services;
    }

    /// <summary>The review queue; a reviewer holds an item for <see cref="ServiceOptions.ReviewClaimMinutes"/>.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddSingleton(s => new ReviewDesk(
            s.GetRequiredService<IDocumentLedger>(),
            s.GetRequiredService<IReviewClaims>(),
            s.GetRequiredService<IFailureSink>(),
            s.GetRequiredService<WorkStore>(),
            s.GetRequiredService<DecidedDocumentDelivery>(),
            s.GetRequiredService<LiveLabelCollection>(),
            s.GetRequiredService<TimeProvider>()) { ClaimLease = TimeSpan.FromMinutes(s.GetRequiredService<ServiceOptions>().ReviewClaimMinutes) });
        services.AddSingleton<StackReview>();
        services.AddSingleton(s => ActivatorUtilities.CreateInstance<SpotCheckDesk>(
            s, (IReadOnlyCollection<string>)s.GetRequiredService<LiveLabelCollection>(), s.GetRequiredService<ServiceFolders>().Examples));
        return services;
    }

    /// <summary>The model registry (seeded with the shipped model), the labels reviewers can choose, and the retrainer.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddSettings<LearningOptions>(LearningOptions.SectionName);
        services.AddSingleton(s =>
        {
            var registry = new ModelRegistry(s.GetRequiredService<ServiceFolders>().Models, s.GetRequiredService<TimeProvider>());
            registry.EnsureLive(ModelLocator.Resolve(s.GetRequiredService<ServiceOptions>().ModelPath));
            return registry;
        });
        services.AddSingleton<LiveLabelCollection>();
        services.AddSingleton<BaseTrainingData>();
        services.AddSingleton(s => ActivatorUtilities.CreateInstance<Retrainer>(
            s, s.GetRequiredService<ServiceFolders>().Examples, (Func<DocClassifier.Training.TrainingSet>)s.GetRequiredService<BaseTrainingData>().Load));
        services.AddTransient<RetrainJob>();
        return services;
    }
}
