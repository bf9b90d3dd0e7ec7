using DocClassifier.Processing;
using DocClassifier.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>
/// On start-up, enqueues every document the ledger shows Processing that has no live job: with
/// in-memory job storage a crash loses the queue, never the ledger, so no document is left behind. On
/// PostgreSQL the queue survives: a document whose job is still waiting, or running on a worker that is
/// alive, keeps that one job, so it is never run twice at once; one whose worker's process is gone (this
/// node, restarted after a crash) is queued again at once instead of after the invisibility timeout.
/// Received documents are queued by the inbox watcher, with the same check.
/// </summary>
public sealed class StartupRecovery(IDocumentLedger ledger, IDocumentQueue queue, PipelineMetrics metrics, ILogger<StartupRecovery> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The ledger is read before the queue: a job that finishes in between is then seen as finished, not as missing.
        var unfinished = ledger.InStates([DocumentState.Processing, DocumentState.Decided, DocumentState.Received], int.MaxValue);
        var processing = unfinished.Where(d => d.State != DocumentState.Received).ToList();
        var live = processing.Count > 0 ? queue.WithLiveJobs() : new HashSet<string>();
        var orphans = processing.Where(d => !live.Contains(d.Id)).ToList();
        foreach (var document in orphans)
        {
            queue.Enqueue(document.Id);
        }

        metrics.Requeued(orphans.Count, "startup");
        logger.LogInformation(
            "{Count} unfinished documents found in the ledger; {Orphans} of {Processing} Processing ones had no live job and were queued again. Received ones are queued by the inbox watcher.",
            unfinished.Count,
            orphans.Count,
            processing.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
