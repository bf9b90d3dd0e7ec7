using System.Collections.Concurrent;
using DocClassifier.Intake;
using DocClassifier.Storage;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Cli.Service;

/// <summary>
/// Watches the inbox (change notifications plus a periodic full rescan, because network shares drop
/// notifications), takes each finished file in, and enqueues a job for every new document. The same
/// loop enqueues documents the ledger shows Received and not yet queued here (after a restart, or a retry).
/// With several nodes, only the holder of the intake lease does any of this.
/// </summary>
public sealed class InboxWatcher(
    DocumentIntake intake,
    IIntakeLease lease,
    IDocumentLedger ledger,
    IBackgroundJobClient jobs,
    ServiceFolders folders,
    ServiceOptions options,
    ILogger<InboxWatcher> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, byte> candidates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> queued = new(StringComparer.Ordinal);
    private readonly FileStabilityTracker tracker = new(TimeSpan.FromSeconds(options.StableForSeconds), TimeProvider.System);
    private volatile bool notificationsLost;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(folders.Inbox);
        using var watcher = new FileSystemWatcher(folders.Inbox) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => candidates.TryAdd(e.FullPath, 0);
        watcher.Changed += (_, e) => candidates.TryAdd(e.FullPath, 0);
        watcher.Renamed += (_, e) => candidates.TryAdd(e.FullPath, 0);
        watcher.Error += (_, e) =>
        {
            notificationsLost = true;
            logger.LogWarning(e.GetException(), "Inbox notifications were lost (too many at once); rescanning the inbox now.");
        };

        var lastRescan = DateTimeOffset.MinValue;
        var holding = false;
        while (!stoppingToken.IsCancellationRequested)
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
                continue;
            }

            if (notificationsLost || DateTimeOffset.UtcNow - lastRescan >= TimeSpan.FromSeconds(options.RescanSeconds))
            {
                notificationsLost = false;
                Rescan();
                EnqueueWaiting();
                lastRescan = DateTimeOffset.UtcNow;
            }

            TakeFinished(stoppingToken);
            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken).ConfigureAwait(false);
        }
    }

    private void Rescan()
    {
        foreach (var file in Directory.EnumerateFiles(folders.Inbox, "*", SearchOption.AllDirectories))
        {
            candidates.TryAdd(file, 0);
        }
    }

    private void TakeFinished(CancellationToken stoppingToken)
    {
        foreach (var path in candidates.Keys)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (!File.Exists(path) || InboxFileFilter.IsIgnored(path))
            {
                candidates.TryRemove(path, out _);
                tracker.Forget(path);
                continue;
            }

            if (!tracker.IsFinished(path))
            {
                continue;
            }

            try
            {
                var result = intake.Ingest(path);
                candidates.TryRemove(path, out _);
                tracker.Forget(path);
                logger.LogInformation("Took {File} as {Id} ({Outcome})", Path.GetFileName(path), result.DocumentId, result.IsNew ? "new" : "duplicate");
                if (result.IsNew)
                {
                    Enqueue(result.DocumentId);
                }
            }
            catch (IOException e)
            {
                // Locked or vanished between the check and the move: it stays a candidate and is tried again.
                logger.LogWarning("Could not take {File} yet: {Reason}", Path.GetFileName(path), e.Message);
            }
        }
    }

    private void EnqueueWaiting()
    {
        foreach (var document in ledger.InStates([DocumentState.Received]))
        {
            if (!queued.TryGetValue(document.Id, out var at) || DateTimeOffset.UtcNow - at > TimeSpan.FromMinutes(10))
            {
                Enqueue(document.Id);
            }
        }
    }

    private void Enqueue(string id)
    {
        jobs.Enqueue<ProcessDocumentJob>(job => job.Run(id, CancellationToken.None));
        queued[id] = DateTimeOffset.UtcNow;
    }
}
