using DocClassifier.Intake;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>The running service finds a document stuck in Processing with no job and finishes it: no restart needed.</summary>
[TestFixture]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public class StuckDocumentRecoveryTests
{
    [Test]
    public void ADocumentLeftInProcessingWithNoJob_IsRecoveredByTheRunningService()
    {
        using var folder = new TempFolder();

        // Sweeps every second, for documents stuck over a second (a minute by default); full rescans (which queue
        // Received documents) only at start, so only the sweep can find it.
        var settings = new Dictionary<string, string>
        {
            ["DOCCLASSIFIER__SWEEPSECONDS"] = "1",
            ["DOCCLASSIFIER__SWEEPGRACESECONDS"] = "1",
            ["DOCCLASSIFIER__RESCANSECONDS"] = "3600",
        };
        using var service = ServiceProcess.Start(folder.Path, settings: settings);
        InboxFiles.WaitUntil(() => service.Output.Any(l => l.Contains("now takes files", StringComparison.Ordinal)), TimeSpan.FromMinutes(2), "the service did not start");

        // Left Processing behind the service's back, as a failed delivery or a lost job leaves a document.
        var file = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging"), 1)[0];
        var id = DocumentIntake.HashOf(file);
        var archived = Path.Combine(folder.Path, "archive", "stuck", id + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(archived)!);
        File.Move(file, archived);
        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        ledger.TryRecord(new NewDocument(id, "stuck.pdf", string.Empty, DateTimeOffset.UtcNow, archived), "intake");
        ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker:gone/1"));

        InboxFiles.WaitUntil(
            () => ledger.Find(id)!.State is DocumentState.Delivered or DocumentState.PendingReview,
            TimeSpan.FromMinutes(4),
            "the stuck document was not finished");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.That(service.HasExited, Is.False, "the same process, never restarted");
        Assert.That(service.Output, Has.Some.Contains($"{id} (stuck.pdf) was Processing with no job"));
    }
}
