using DocClassifier.Host.Service;
using DocClassifier.Processing;
using DocClassifier.Storage;
using DocClassifier.Tests.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocClassifier.Tests.Service;

/// <summary>A stack waiting for a reviewer to split it is still waiting after a restart, and nothing queues it for processing.</summary>
public sealed class WaitingStackRecoveryTests
{
    [Test]
    public async Task AStackWaitingToBeSplit_IsQueuedNeitherAtStartNorByTheSweep_AndKeepsItsProposal()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "ledger.db");
        var before = new SqliteDocumentLedger(path);
        var stack = Some.Document();
        before.TryRecord(stack, "intake");
        before.TryChange(stack.Id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        before.TryChange(stack.Id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "worker", "unsure") { SplitProposal = "2:0.6200 3:0.0100" });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // The restart: a new ledger on the same file, the start-up recovery, then the sweep with no grace at all.
        var ledger = new SqliteDocumentLedger(path);
        var queue = new RecordingQueue();
        using var metrics = new PipelineMetrics(ledger);
        await new StartupRecovery(ledger, queue, metrics, NullLogger<StartupRecovery>.Instance).StartAsync(CancellationToken.None);
        var swept = new StuckDocumentSweep(ledger, queue, TimeProvider.System, null, NullLogger<StuckDocumentSweep>.Instance) { Grace = TimeSpan.Zero }.Sweep();

        Assert.That(queue.Enqueued, Is.Empty);
        Assert.That(swept, Is.Zero);
        Assert.That(ledger.Find(stack.Id)!.WaitsForSplit, Is.True);
        Assert.That(ledger.Find(stack.Id)!.SplitProposal, Is.EqualTo("2:0.6200 3:0.0100"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
