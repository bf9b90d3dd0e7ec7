using System.CommandLine;
using DocClassifier.Host.Commands;
using DocClassifier.Learning;
using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>A running service picks up a promoted model without a restart, and each decision names the model that made it.</summary>
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public sealed class HotSwapInServiceTests
{
    [Test]
    public void APromotion_ReachesTheRunningWorkers_AndTheNextDecisionRecordsTheNewVersion()
    {
        using var folder = new TempFolder();
        var inbox = Path.Combine(folder.Path, "inbox");
        using var service = ServiceProcess.Start(folder.Path, settings: new Dictionary<string, string> { ["LEARNING__CHECKLIVESECONDS"] = "1" });
        var registry = new ModelRegistry(Path.Combine(folder.Path, "model-versions"));

        Drop(inbox, 1);
        var first = DecidedBy(folder.Path, 1);
        var newer = ModelVersions.CopyAsNewer(registry, registry.Live()!.Version);
        var promoted = CommandLine.Create().Parse(["models", "promote", newer, "--base-dir", folder.Path])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });
        Thread.Sleep(TimeSpan.FromSeconds(2));
        Drop(inbox, 2);
        var second = DecidedBy(folder.Path, 2);

        Assert.Multiple(() =>
        {
            Assert.That(promoted, Is.Zero);
            Assert.That(first, Is.EqualTo("model:" + registry.Live()!.Previous[^1]), "the shipped model decided first");
            Assert.That(second, Is.EqualTo("model:" + newer), "the promoted one next, without a restart");
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void Drop(string inbox, int index)
    {
        Directory.CreateDirectory(inbox);
        var staging = Path.Combine(Path.GetDirectoryName(inbox)!, $"letter-{index}.pdf");
        using (var stream = File.Create(staging))
        {
            PageRenderer.RenderPdf(CorpusGenerator.Compose(SampleLabels.StampTax, index, seed: 41).Pages, stream);
        }

        File.Move(staging, Path.Combine(inbox, Path.GetFileName(staging)));
    }

    // Who made the model's decision on the index-th document, once there is one.
    private static string DecidedBy(string baseDirectory, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            if (File.Exists(Path.Combine(baseDirectory, "ledger.db")))
            {
                var ledger = new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db"));
                var decided = ledger.InStates([DocumentState.Delivered, DocumentState.PendingReview])
                    .Select(d => ledger.History(d.Id).Last(h => h.From == DocumentState.Processing))
                    .OrderBy(h => h.At)
                    .ToList();
                if (decided.Count >= count)
                {
                    return decided[count - 1].Actor;
                }
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the service did not decide in time");
            Thread.Sleep(300);
        }
    }
}
