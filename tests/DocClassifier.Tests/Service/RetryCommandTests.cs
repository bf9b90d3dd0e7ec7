using System.CommandLine;
using DocClassifier.Host.Commands;
using DocClassifier.Intake;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary><c>docclassifier retry</c> beside a running SQLite service: the ledger hands the document over, and the service processes it.</summary>
[TestFixture]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public class RetryCommandTests
{
    [Test]
    public void RetryOnTheCommandLine_GetsTheDocumentProcessedByTheRunningService_WithoutARescan()
    {
        using var folder = new TempFolder();

        // Full rescans (which also queue Received documents) only at start: only the hand-off can find the retried document.
        using var service = ServiceProcess.Start(folder.Path, settings: new Dictionary<string, string> { ["DOCCLASSIFIER__RESCANSECONDS"] = "3600" });
        InboxFiles.WaitUntil(() => service.Output.Any(l => l.Contains("now takes files", StringComparison.Ordinal)), TimeSpan.FromMinutes(2), "the service did not start");
        var staging = Path.Combine(folder.Path, "staging");
        Directory.CreateDirectory(staging);
        var broken = Path.Combine(staging, "broken.pdf");
        var pdf = MinimalPdf.WithPages(2);
        File.WriteAllBytes(broken, pdf[..(pdf.Length / 3)]);
        var id = DocumentIntake.HashOf(broken);
        InboxFiles.Drop([broken], Path.Combine(folder.Path, "inbox"));
        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        InboxFiles.WaitUntil(() => ledger.Find(id)?.State == DocumentState.Failed, TimeSpan.FromMinutes(2), "the broken document did not fail");

        var output = new StringWriter();
        var code = CommandLine.Create().Parse(["retry", id, "--base-dir", folder.Path]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        InboxFiles.WaitUntil(
            () => ledger.History(id).Count(e => e.To == DocumentState.Processing) == 2 && ledger.Find(id)!.State == DocumentState.Failed,
            TimeSpan.FromMinutes(2),
            "the retried document was not processed again");
        var history = ledger.History(id);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.That(code, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("the running service queues it within 2 s"));
        Assert.That(history.Select(e => (e.From, e.To)), Is.EqualTo(new (DocumentState?, DocumentState)[]
        {
            (null, DocumentState.Received),
            (DocumentState.Received, DocumentState.Processing),
            (DocumentState.Processing, DocumentState.Failed),
            (DocumentState.Failed, DocumentState.Received),
            (DocumentState.Received, DocumentState.Processing),
            (DocumentState.Processing, DocumentState.Failed),
        }));
        Assert.That(history[4].Actor, Does.StartWith("worker:"), "processed by the service's worker");
    }
}
