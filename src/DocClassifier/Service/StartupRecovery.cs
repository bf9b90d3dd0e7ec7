using DocClassifier.Storage;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Cli.Service;

/// <summary>
/// On start-up, enqueues every document the ledger shows unfinished (Received or Processing): with
/// in-memory job storage a crash loses the queue, never the ledger, so no document is left behind.
/// </summary>
public sealed class StartupRecovery(IDocumentLedger ledger, IBackgroundJobClient jobs, ILogger<StartupRecovery> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var unfinished = ledger.InStates([DocumentState.Processing, DocumentState.Received], int.MaxValue);
        foreach (var document in unfinished.Where(d => d.State == DocumentState.Processing))
        {
            jobs.Enqueue<ProcessDocumentJob>(job => job.Run(document.Id, CancellationToken.None));
        }

        logger.LogInformation("{Count} unfinished documents found in the ledger; Received ones are queued by the inbox watcher.", unfinished.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
