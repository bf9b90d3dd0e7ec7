using System.Diagnostics.CodeAnalysis;
using DocClassifier.Processing;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace DocClassifier.Host.Service;

/// <summary>
/// The document queue on Hangfire: a document is one <see cref="ProcessDocumentJob"/> (documents recorded together
/// share jobs of up to <see cref="MaxDocumentsPerJob"/>), and the queue tells which documents have one waiting or running. On PostgreSQL the queue is durable and shared by every node and command,
/// so a document that has a live job must not get a second one (a node restarting, or taking over the intake, would otherwise start a second
/// run of a document another worker is processing right now).
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue of documents, in the domain's words; not a Queue<T>.")]
public sealed class HangfireDocumentQueue(JobStorage storage, IBackgroundJobClient jobs, TimeProvider? clock = null) : IDocumentQueue
{
    private const int PageSize = 1000;

    /// <summary>
    /// A job fetched by a worker but not started whose fetch nobody has renewed for this long was abandoned: its
    /// worker's process is gone (killed right after the fetch). On PostgreSQL the process that holds a fetch renews it
    /// every fifth of the invisibility timeout (sliding invisibility: the fetch's own heartbeat), so this is two of those
    /// periods and a little; Hangfire itself would hand the job out again only after the whole invisibility timeout.
    /// </summary>
    public TimeSpan AbandonedFetchAfter { get; init; } = TimeSpan.FromMinutes(2.5);

    /// <summary>
    /// A job this process has seen fetched but not started (still Enqueued) for this long is held by no worker, even when
    /// its fetch is being renewed: a worker moves a job it fetched to Processing within moments. With the sweep once a
    /// minute, such a job is retired at the second sweep that sees it (it cost a run a 3-minute stall at 2 m 10 s).
    /// </summary>
    public TimeSpan NotStartedAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A Hangfire server whose last heartbeat is older than this is gone (Hangfire's own server timeout).</summary>
    public TimeSpan ServerTimeout { get; init; } = TimeSpan.FromMinutes(5);

    // When this process first saw each job that is fetched but still Enqueued (a live process can renew a fetch that no
    // worker runs: Hangfire.PostgreSql's fetch renewal outlived a dequeue in a 2,000-document run and kept a document
    // Received for good). Only jobs seen at the last look are kept.
    private readonly Dictionary<string, DateTime> fetchedNotStarted = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    // Built once: Enqueue(expression) takes the expression tree apart on every call, for every document of a burst.
    private static readonly System.Reflection.MethodInfo Run = typeof(ProcessDocumentJob).GetMethod(nameof(ProcessDocumentJob.Run))!;
    private static readonly System.Reflection.MethodInfo RunAll = typeof(ProcessDocumentJob).GetMethod(nameof(ProcessDocumentJob.RunAll))!;

    // A batch is spread over at least this many jobs a worker, so that the workers finish it at about the same time.
    private const int JobsPerWorker = 4;

    /// <summary>
    /// The most documents one job takes from a batch recorded together. Each job costs Hangfire the same statements
    /// and commits whatever it does (about 28 statements on PostgreSQL), which for a born-digital document is more
    /// than the ledger's work; 1 gives every document a job of its own.
    /// </summary>
    public int MaxDocumentsPerJob { get; init; } = 1;

    /// <summary>The workers of this node: a batch is shared out so that each gets several jobs.</summary>
    public int Workers { get; init; } = 1;

    /// <inheritdoc/>
    public bool NoneWaiting() => storage.GetMonitoringApi().EnqueuedCount(EnqueuedState.DefaultQueue) == 0;

    public void Enqueue(string documentId) => jobs.Create(new Job(typeof(ProcessDocumentJob), Run, documentId, CancellationToken.None), new EnqueuedState());

    /// <summary>
    /// Queues a batch as jobs of up to <see cref="MaxDocumentsPerJob"/> documents, at least <see cref="JobsPerWorker"/>
    /// jobs a worker (a batch of a few documents is a job each, as before).
    /// </summary>
    public void EnqueueAll(IReadOnlyList<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var size = Math.Clamp((int)Math.Ceiling(documentIds.Count / (double)(JobsPerWorker * Math.Max(1, Workers))), 1, Math.Max(1, MaxDocumentsPerJob));
        foreach (var chunk in documentIds.Chunk(size))
        {
            if (chunk.Length == 1)
            {
                Enqueue(chunk[0]);
            }
            else
            {
                jobs.Create(new Job(typeof(ProcessDocumentJob), RunAll, chunk, CancellationToken.None), new EnqueuedState());
            }
        }
    }

    /// <summary>
    /// Documents with a job that is scheduled for a retry, enqueued, fetched by a worker, or processing on a worker that is alive.
    /// A job only moves forward through these lists (a retry moves it back to scheduled), so they are read
    /// in that order and the scheduled one again last: a live job is always seen in one of them. A job that
    /// finishes meanwhile is missed, which is harmless: its document is no longer unfinished, and a job for a
    /// finished document does nothing.
    /// </summary>
    /// <param name="countDeadWorkersJobs">
    /// Count a job still Processing on a worker that is gone as live too: Hangfire hands it out again by itself after
    /// the invisibility timeout, so a second job now would run the document twice (the periodic sweep). Start-up
    /// recovery does not, to queue its own dead process's documents at once.
    /// </param>
    public IReadOnlySet<string> WithLiveJobs(bool countDeadWorkersJobs = false)
    {
        var monitoring = storage.GetMonitoringApi();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var servers = monitoring.Servers()
            .Where(s => s.Heartbeat is not { } beat || now - AsUtc(beat) <= ServerTimeout)
            .Select(s => s.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var anyServerAlive = servers.Count > 0;
        var seenFetched = new HashSet<string>(StringComparer.Ordinal);
        Add(documents, monitoring.ScheduledCount(), (from, count) => monitoring.ScheduledJobs(from, count).Select(j => j.Value?.Job));
        foreach (var queue in monitoring.Queues().Select(q => q.Name))
        {
            // A fetched job that is already Processing is judged below, by whether its worker is alive.
            Add(documents, monitoring.EnqueuedCount(queue), (from, count) => monitoring.EnqueuedJobs(queue, from, count)
                .Where(j => j.Value?.State != ProcessingState.StateName)
                .Select(j => j.Value?.Job));
            Add(documents, monitoring.FetchedCount(queue), (from, count) => monitoring.FetchedJobs(queue, from, count)
                .Where(j => j.Value?.State != ProcessingState.StateName && !Abandoned(j.Key, j.Value, now, anyServerAlive, seenFetched))
                .Select(j => j.Value?.Job));
        }

        Add(documents, monitoring.ProcessingCount(), (from, count) => monitoring.ProcessingJobs(from, count)
            .Where(j => j.Value is { } job && (countDeadWorkersJobs || IsAlive(job.ServerId, servers)))
            .Select(j => j.Value?.Job));
        Add(documents, monitoring.ScheduledCount(), (from, count) => monitoring.ScheduledJobs(from, count).Select(j => j.Value?.Job));
        lock (gate)
        {
            foreach (var gone in fetchedNotStarted.Keys.Where(k => !seenFetched.Contains(k)).ToList())
            {
                fetchedNotStarted.Remove(gone);
            }
        }

        return documents;
    }

    /// <summary>
    /// Whether a job a worker fetched but has not started was abandoned, and if so retires it. A worker moves the job it
    /// fetched to Processing at once, and its process renews the fetch while it holds it; a fetch that no process renews,
    /// or that no live server can hold (every server's heartbeat is gone), belongs to a process that died after
    /// fetching; a fetch this process has seen not started for as long is held by no worker, renewed or not. The job is deleted only if it is still Enqueued (compare-and-set): once deleted it can never run, so when
    /// Hangfire hands the stale fetch out again after the invisibility timeout the worker drops it, and the document's
    /// new job is its only one. A job that moved on meanwhile is live.
    /// </summary>
    private bool Abandoned(string jobId, Hangfire.Storage.Monitoring.FetchedJobDto? fetched, DateTime now, bool anyServerAlive, HashSet<string> seenFetched)
    {
        if (fetched is null || (fetched.State is not null && fetched.State != EnqueuedState.StateName))
        {
            return false;
        }

        _ = seenFetched.Add(jobId);
        DateTime firstSeen;
        lock (gate)
        {
            firstSeen = fetchedNotStarted.TryAdd(jobId, now) ? now : fetchedNotStarted[jobId];
        }

        var renewedLongAgo = fetched.FetchedAt is { } at && now - AsUtc(at) > AbandonedFetchAfter;
        var notStartedLong = now - firstSeen > NotStartedAfter;
        if (!renewedLongAgo && !notStartedLong && anyServerAlive)
        {
            return false;
        }

        return jobs.ChangeState(jobId, new DeletedState { Reason = "Fetched by a worker that is gone; the document was queued again." }, EnqueuedState.StateName);
    }

    private static DateTime AsUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);

    /// <summary>
    /// Whether the worker processing a job can still finish it. A job of a dead worker comes back only after the
    /// invisibility timeout (5 minutes): when the node that restarts is the one that died, its old process is
    /// known to be gone (Hangfire server ids are "host:pid:guid"), so its documents are queued again at once.
    /// </summary>
    private static bool IsAlive(string? serverId, HashSet<string> servers)
    {
        if (serverId is null || !servers.Contains(serverId))
        {
            return false;
        }

        var parts = serverId.Split(':');
        if (parts.Length < 3 || !parts[0].Equals(Environment.MachineName, StringComparison.OrdinalIgnoreCase) || !int.TryParse(parts[1], out var pid))
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Add(HashSet<string> documents, long total, Func<int, int, IEnumerable<Hangfire.Common.Job?>> page)
    {
        // Counted first and read a little past the count: the lists move while they are read.
        for (var from = 0; from < total + PageSize; from += PageSize)
        {
            var read = 0;
            foreach (var job in page(from, PageSize))
            {
                read++;
                if (job?.Type != typeof(ProcessDocumentJob) || job.Args.Count == 0)
                {
                    continue;
                }

                if (job.Args[0] is string id)
                {
                    documents.Add(id);
                }
                else if (job.Args[0] is string[] ids)
                {
                    documents.UnionWith(ids);
                }
            }

            if (read < PageSize)
            {
                return;
            }
        }
    }
}
