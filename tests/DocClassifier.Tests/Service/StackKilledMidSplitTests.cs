using System.Globalization;
using DocClassifier.Samples.Stacks;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Service;

/// <summary>
/// A stack whose service process is killed (SIGKILL) in the middle of its split, after every page was read and before
/// any part was written, then restarted: the stack is split once, every page ends in exactly one part or is dropped as a
/// separator sheet, and no part is recorded, written or delivered twice.
/// </summary>
[Category("Ocr")]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public sealed class StackKilledMidSplitTests
{
    private static readonly DocumentState[] Finished = [DocumentState.Delivered, DocumentState.PendingReview, DocumentState.Failed];

    [Test]
    public void AStackKilledMidSplitThenRestarted_IsSplitOnce_WithEveryPageInExactlyOnePart()
    {
        using var folder = new TempFolder();
        var holds = new JobHolds(Path.Combine(folder.Path, "holds"));
        var settings = new Dictionary<string, string> { ["DOCCLASSIFIER__WORKERS"] = "1", [holds.Setting.Key] = holds.Setting.Value };
        using var staging = new TempFolder();
        // Two letters (quick to read) around a separator sheet fed upside down: parts 1 and 3, the sheet page 2.
        var stack = Stacks.Pdf(staging, "stack.pdf", [StackSheet.Of(Stacks.Letter), StackSheet.Separator(rotationDegrees: 180.8f), StackSheet.Of(Stacks.Letter, 1f)]);
        var stackId = holds.Hold(stack);
        var inbox = Path.Combine(folder.Path, "inbox");

        using (var first = ServiceProcess.Start(folder.Path, settings: settings))
        {
            InboxFiles.Drop([stack], inbox);
            InboxFiles.WaitUntil(
                () => first.Output.Any(l => l.Contains($"Holding stack {stackId} split into 2 parts", StringComparison.Ordinal)),
                TimeSpan.FromMinutes(3),
                "the service did not reach the held split");
            first.Kill();
        }

        var partsFolder = Path.Combine(folder.Path, "archive", "parts");
        var writtenBeforeRestart = Directory.Exists(partsFolder) ? Directory.GetFiles(partsFolder, "*", SearchOption.AllDirectories).Length : 0;
        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        var stateAtKill = ledger.Find(stackId)!.State;
        holds.Release(stackId);

        using var second = ServiceProcess.Start(folder.Path, settings: settings);
        InboxFiles.WaitUntil(
            () => ledger.Find(stackId)!.State == DocumentState.Split && Parts(ledger, stackId) is { Count: 2 } parts && parts.All(p => Finished.Contains(p.State)),
            TimeSpan.FromMinutes(5),
            "the restarted service did not split the stack and finish its parts");
        var all = ledger.InStates(Enum.GetValues<DocumentState>(), int.MaxValue);
        var stackParts = Parts(ledger, stackId);
        var pages = stackParts.SelectMany(p => PageNumbers(p.Pages!)).Append(2).Order().ToList();
        var partFiles = Directory.GetFiles(partsFolder, "*", SearchOption.AllDirectories);
        var resultsFolder = Path.Combine(folder.Path, "results");
        var results = Directory.Exists(resultsFolder) ? Directory.GetFiles(resultsFolder, "*.json", SearchOption.AllDirectories) : [];
        var archivedStacks = Directory.GetFiles(Path.Combine(folder.Path, "archive"), stackId + ".*", SearchOption.AllDirectories);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Multiple(() =>
        {
            Assert.That(stateAtKill, Is.EqualTo(DocumentState.Processing), "killed while the stack was being split");
            Assert.That(writtenBeforeRestart, Is.Zero, "killed before any part was written");
            Assert.That(all, Has.Count.EqualTo(3), "the stack and its two parts, each recorded once");
            Assert.That(all.Count(d => d.Id == stackId), Is.EqualTo(1));
            Assert.That(ledger.History(stackId).Count(h => h.To == DocumentState.Split), Is.EqualTo(1), "split once");
            Assert.That(stackParts.Select(p => p.Pages), Is.EquivalentTo(new[] { "1", "3" }));
            Assert.That(pages, Is.EqualTo(Enumerable.Range(1, 3)), "every page in exactly one part or dropped as a sheet");
            Assert.That(stackParts.Select(p => p.Id).Distinct().Count(), Is.EqualTo(2), "no part twice");
            Assert.That(partFiles.Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(stackParts.Select(p => p.Id)), "one file a part");
            Assert.That(archivedStacks, Has.Length.EqualTo(1), "the stack archived once, as dropped");
            foreach (var part in stackParts)
            {
                Assert.That(ledger.History(part.Id).Count(h => h.From == DocumentState.Processing), Is.EqualTo(1), $"part {part.Pages}: one final transition");
                Assert.That(results.Count(r => Path.GetFileNameWithoutExtension(r) == part.Id), Is.EqualTo(part.State == DocumentState.Delivered ? 1 : 0), $"part {part.Pages}: one result when delivered");
            }
        });
    }

    private static List<LedgerDocument> Parts(SqliteDocumentLedger ledger, string stackId) =>
        [.. ledger.InStates(Enum.GetValues<DocumentState>(), int.MaxValue).Where(d => d.Parent == stackId)];

    private static IEnumerable<int> PageNumbers(string pages)
    {
        var ends = pages.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
    }
}
