using DocClassifier.Extraction;
using DocClassifier.Processing;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

/// <summary>A split stopped after its part files were written and before the ledger recorded them (a kill in between) is redone once.</summary>
[Category("Ocr")]
[Parallelizable(ParallelScope.Self)]
public sealed class InterruptedStackSplittingTests
{
    [Test]
    public void A_split_whose_part_files_were_written_but_never_recorded_is_recorded_once_with_one_file_a_part()
    {
        using var stacks = new TempFolder();
        var stack = File.ReadAllBytes(Stacks.Pdf(stacks, "stack.pdf", [StackSheet.Of(Stacks.Letter), StackSheet.Separator(), StackSheet.Of(Stacks.Letter, 1f)]));
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true);
        var stackId = world.Drop("stack.pdf", stack);
        Assert.That(world.Ledger.TryChange(stackId, new StateChange(DocumentState.Received, DocumentState.Processing, "worker:killed/1")), Is.True);
        var partsRoot = Path.Combine(Path.GetDirectoryName(world.Inbox)!, "archive", "parts");

        // The first run writes the part files, then its ledger transaction never happens: this ledger does not know the stack.
        using var elsewhere = new TempFolder();
        var lost = new SqliteDocumentLedger(Path.Combine(elsewhere.Path, "ledger.db"));
        var extraction = new ExtractionOptions();
        var interrupted = new StackSplitting(new SeparatorSheetSplitter(new SplittingOptions(), extraction), new StackPartWriter(extraction), lost, partsRoot, TimeProvider.System);
        Assert.That(interrupted.TrySplit(world.Ledger.Find(stackId)!, "worker:killed/1", CancellationToken.None), Is.True);
        var filesBefore = Directory.GetFiles(partsRoot, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.Split));
        var parts = world.Ledger.InStates([DocumentState.Received]);
        var filesAfter = Directory.GetFiles(partsRoot, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(filesBefore, Has.Count.EqualTo(2), "the interrupted run wrote both parts");
            Assert.That(parts.Select(p => p.Pages), Is.EquivalentTo(new[] { "1", "3" }));
            Assert.That(parts.All(p => p.Parent == stackId), Is.True);
            Assert.That(filesAfter, Is.EqualTo(filesBefore), "the same files, none written twice");
            Assert.That(parts.Select(p => Path.GetFileName(p.ArchivePath)).Order(), Is.EqualTo(filesAfter));
            Assert.That(world.Ledger.History(stackId).Count(h => h.To == DocumentState.Split), Is.EqualTo(1));
        });
    }
}
