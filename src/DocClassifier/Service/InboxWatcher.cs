using System.Collections.Concurrent;
using System.IO.Enumeration;
using DocClassifier.Intake;
using DocClassifier.Processing;
using DocClassifier.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>
/// Watches the inbox (change notifications plus a periodic full rescan, because network shares drop
/// notifications), takes each finished file in, and enqueues a job for every new document. Its pass runs every half second,
/// and sooner when a notification names a new file (its stability wait starts at once) or a file's wait ends, so a file is
/// taken about its stability wait after it arrived rather than up to half a second later. The same
/// loop enqueues documents the ledger shows Received and not yet queued here (after a restart, a takeover,
/// or a retry from another process: see <see cref="LedgerHandOffQueue"/>) unless they already have a live job,
/// and every minute queues again documents stuck in Processing with no live job (<see cref="StuckDocumentSweep"/>).
/// With several nodes, only the holder of the intake lease does any of this. A database or queue that does not answer (PostgreSQL restarting) never stops the loop:
/// the pass is tried again, and nothing is lost, because a file leaves the inbox only once it is recorded.
/// </summary>
public sealed class InboxWatcher(
    DocumentIntake intake,
    IIntakeLease lease,
    IDocumentLedger ledger,
    IDocumentQueue queue,
    StuckDocumentSweep sweep,
    ServiceFolders folders,
    ServiceOptions options,
    TimeProvider clock,
    ILogger<InboxWatcher> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, byte> candidates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> reportedLinks = new(StringComparer.Ordinal);
    private readonly FileStabilityTracker tracker = new(TimeSpan.FromSeconds(options.StableForSeconds), clock);
    private readonly IntakeBackoff backoff = new(clock);
    private const double RetrySeconds = 5;

    // A pass every half second at most apart; sooner when a new file is noticed (its stability wait starts at once) or a
    // file's wait ends, but never closer than this after the last pass began, so that a burst of notifications (a copy of
    // a thousand files) costs a few passes a second, not one each.
    private static readonly TimeSpan PassInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MinPassGap = TimeSpan.FromMilliseconds(100);

    // Not disposed: the watcher's notifications may still arrive while the service stops, and a semaphore that never
    // hands out its wait handle holds nothing to free.
    private readonly SemaphoreSlim wake = new(0, 1);

    // A document queued this recently is not queued again while it is Received (its job may be about to start),
    // unless it became Received again since (a retry).
    private static readonly TimeSpan RequeueAfter = TimeSpan.FromMinutes(10);

    // Files recorded per ledger commit: big enough that a burst costs few commits, small enough that the
    // first documents of a burst reach the workers quickly.
    private const int BatchSize = 100;
    private volatile bool notificationsLost;
    private bool holding;
    private DateTimeOffset lastRescan;
    private DateTimeOffset lastHandOff;
    private DateTimeOffset lastSweep;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(folders.Inbox);
        using var watcher = new FileSystemWatcher(folders.Inbox) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => Notice(e.FullPath);
        watcher.Changed += (_, e) => Notice(e.FullPath);
        watcher.Renamed += (_, e) => Notice(e.FullPath);
        watcher.Error += (_, e) =>
        {
            notificationsLost = true;
            logger.LogWarning(e.GetException(), "Inbox notifications were lost (too many at once); rescanning the inbox now.");
        };

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = clock.GetUtcNow();
                await PassAsync(stoppingToken).ConfigureAwait(false);
                await WaitForNextPassAsync(started, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Typically the database restarting: the ledger, the lease or the job queue threw. Files stay in the inbox until recorded.
                logger.LogWarning("Inbox pass failed, trying again in {Seconds} s: {Reason}", RetrySeconds, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(RetrySeconds), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One pass: hold (or stand by for) the lease, rescan now and then, take what is finished.</summary>
    private async Task PassAsync(CancellationToken stoppingToken)
    {
        // Only the node holding the intake lease takes files; the others stand by to take over.
        if (lease.TryHold() != holding)
        {
            holding = !holding;
            lastRescan = DateTimeOffset.MinValue;
            if (holding)
            {
                logger.LogInformation("This node now takes files from the inbox.");
            }
            else
            {
                logger.LogInformation("Another node takes files from the inbox; standing by.");
            }
        }

        if (!holding)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            return;
        }

        if (notificationsLost || clock.GetUtcNow() - lastRescan >= TimeSpan.FromSeconds(options.RescanSeconds))
        {
            notificationsLost = false;
            Rescan();
            lastRescan = clock.GetUtcNow();
        }

        if (lastHandOff < lastRescan || clock.GetUtcNow() - lastHandOff >= TimeSpan.FromSeconds(options.HandOffSeconds))
        {
            EnqueueWaiting();
            lastHandOff = clock.GetUtcNow();
        }

        TakeFinished(stoppingToken);
        if (clock.GetUtcNow() - lastSweep >= TimeSpan.FromSeconds(options.SweepSeconds))
        {
            sweep.Sweep();
            lastSweep = clock.GetUtcNow();
        }
    }

    /// <summary>
    /// How long after a pass that began at <paramref name="started"/> the next one is due: half a second after it, or when the
    /// earliest stability wait ends if that is sooner, but not within <see cref="MinPassGap"/> of its start.
    /// </summary>
    internal static TimeSpan UntilNextPass(DateTimeOffset started, DateTimeOffset now, DateTimeOffset? nextDue)
    {
        var next = started + PassInterval;
        if (nextDue is { } due && due < next)
        {
            next = due;
        }

        var gap = Max(next, started + MinPassGap) - now;
        return gap > TimeSpan.Zero ? gap : TimeSpan.Zero;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private async Task WaitForNextPassAsync(DateTimeOffset started, CancellationToken stoppingToken)
    {
        // A new file wakes the wait; the pass still keeps its distance from the last one.
        if (await wake.WaitAsync(UntilNextPass(started, clock.GetUtcNow(), holding ? tracker.NextDue() : null), stoppingToken).ConfigureAwait(false))
        {
            var gap = started + MinPassGap - clock.GetUtcNow();
            if (gap > TimeSpan.Zero)
            {
                await Task.Delay(gap, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // A file the inbox's notifications name: a candidate, and a reason to look now rather than at the next half second.
    private void Notice(string path)
    {
        if (!candidates.TryAdd(path, 0))
        {
            return;
        }

        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }
    }

    private void Rescan()
    {
        // Links to folders are not followed (see InboxFileFilter.IsLink); links to files are listed, to be reported and left.
        // An unreadable subfolder does not stop the rescan.
        var files = new FileSystemEnumerable<string>(
            folders.Inbox,
            (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            candidates.TryAdd(file, 0);
            present.Add(file);
        }

        // The long-lived sets hold only what is still in the inbox, or was queued within the last ten minutes.
        backoff.KeepOnly(present);
        foreach (var link in reportedLinks.Keys.Where(l => !present.Contains(l)))
        {
            reportedLinks.TryRemove(link, out _);
        }

        foreach (var (id, at) in queued.Where(q => clock.GetUtcNow() - q.Value > RequeueAfter))
        {
            queued.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, at));
        }
    }

    private void TakeFinished(CancellationToken stoppingToken)
    {
        var finished = new List<string>();
        foreach (var path in candidates.Keys)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (InboxFileFilter.IsLink(path) && reportedLinks.TryAdd(path, 0))
            {
                logger.LogWarning("{File} is a symbolic link and is left in the inbox: links are not taken. Copy the document itself into the inbox.", Path.GetFileName(path));
            }

            if (!File.Exists(path) || InboxFileFilter.IsIgnored(path))
            {
                candidates.TryRemove(path, out _);
                tracker.Forget(path);
                backoff.Forget(path);
                continue;
            }

            if (backoff.IsDue(path) && tracker.IsFinished(path))
            {
                finished.Add(path);
            }

            if (finished.Count == BatchSize)
            {
                Take(finished);
                finished.Clear();
            }
        }

        Take(finished);
    }

    /// <summary>Records a batch in one ledger commit, then queues the new documents.</summary>
    private void Take(List<string> finished)
    {
        // Locked, not movable or vanished: the file stays a candidate and is tried again after a growing delay,
        // reported once, not on every pass.
        var taken = intake.IngestAll(finished, NotTaken);
        var recorded = new List<string>();
        foreach (var result in taken)
        {
            candidates.TryRemove(result.TakenFrom, out _);
            tracker.Forget(result.TakenFrom);
            if (backoff.Forget(result.TakenFrom))
            {
                logger.LogInformation("{File} could be taken now.", Path.GetFileName(result.TakenFrom));
            }

            logger.LogInformation("Took {File} as {Id} ({Outcome})", Path.GetFileName(result.TakenFrom), result.DocumentId, result.IsNew ? "new" : "duplicate");
            if (result.IsNew)
            {
                recorded.Add(result.DocumentId);
            }
        }

        Enqueue(recorded);
    }

    private void NotTaken(string path, IOException e)
    {
        if (backoff.Failed(path))
        {
            logger.LogWarning(
                "Could not take {File}: {Reason} It stays in the inbox and is tried again, less and less often (at most every {Minutes} minutes); this is reported once.",
                Path.GetFileName(path),
                e.Message,
                IntakeBackoff.MaxDelay.TotalMinutes);
        }
        else
        {
            logger.LogDebug("Could not take {File} again: {Reason}", Path.GetFileName(path), e.Message);
        }
    }

    private void EnqueueWaiting()
    {
        // The ledger first, then the queue: a job finishing in between leaves a finished document, not a missing job.
        var waiting = ledger.InStates([DocumentState.Received])
            .Where(d => !queued.TryGetValue(d.Id, out var at) || clock.GetUtcNow() - at > RequeueAfter || d.UpdatedAt > at)
            .ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var live = queue.WithLiveJobs();
        foreach (var document in waiting.Where(d => live.Contains(d.Id)))
        {
            queued[document.Id] = clock.GetUtcNow();
        }

        Enqueue(waiting.Where(d => !live.Contains(d.Id)).Select(d => d.Id).ToList());
    }

    private void Enqueue(List<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        queue.EnqueueAll(ids);
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            queued[id] = now;
        }
    }
}
