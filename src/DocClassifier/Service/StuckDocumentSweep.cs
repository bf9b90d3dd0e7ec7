using DocClassifier.Processing;
using DocClassifier.Storage;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>
/// Queues again every unfinished document (Received, Processing, Decided) that has had no live job for a while, whatever
/// left it there: a delivery that failed after a reviewer's decision, a worker's last retry that failed, a job lost with
/// its worker, a job fetched by a worker whose process died before starting it (see
/// <see cref="HangfireDocumentQueue.WithLiveJobs"/>).
/// Run every minute by the node that holds the intake lease, so nothing waits for a restart. Jobs run at least once
/// and the processor is idempotent, so a document queued again finishes once: a reviewer's decision is delivered as
/// decided, never classified again.
/// </summary>
public sealed class StuckDocumentSweep(IDocumentLedger ledger, IDocumentQueue queue, TimeProvider clock, PipelineMetrics? metrics, ILogger<StuckDocumentSweep> logger)
{
    /// <summary>
    /// A document must have been Processing this long: a reviewer's decision being delivered right now, or a job
    /// between its ledger change and the queue, is left alone.
    /// </summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Queues the stuck documents again; returns how many.</summary>
    public int Sweep()
    {
        // The ledger is read before the queue: a job that finishes in between is then seen as finished, not as missing.
        var cutoff = clock.GetUtcNow() - Grace;
        var stuck = ledger.InStates([DocumentState.Received, DocumentState.Processing, DocumentState.Decided], int.MaxValue).Where(d => d.UpdatedAt <= cutoff).ToList();
        if (stuck.Count == 0)
        {
            return 0;
        }

        var live = queue.WithLiveJobs(countDeadWorkersJobs: true);
        var orphans = stuck.Where(d => !live.Contains(d.Id)).ToList();
        foreach (var document in orphans)
        {
            queue.Enqueue(document.Id);
            logger.LogWarning("{Id} ({File}) was {State} with no job since {Since:u}; queued again.", document.Id, document.OriginalFileName, document.State, document.UpdatedAt);
        }

        metrics?.Requeued(orphans.Count, "sweep");
        return orphans.Count;
    }
}
