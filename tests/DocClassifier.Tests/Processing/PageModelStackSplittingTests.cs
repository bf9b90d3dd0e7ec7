using DocClassifier.Extraction;
using DocClassifier.Processing;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

[Category("Ocr")]
public sealed class PageModelStackSplittingTests
{
    [Test]
    public void A_dropped_stack_without_separators_is_split_by_the_page_model_into_parts_with_their_pages()
    {
        using var stacks = new TempFolder();
        var documents = new[] { PageModels.HeldOut[2], PageModels.HeldOut[9] };
        var path = Path.Combine(stacks.Path, "stack.tif");
        ScannedStacks.WriteTiff(path, [.. documents.SelectMany(d => d.Pages).Select(p => StackSheet.Of(p, 0.5f))], 200, 5);
        var splitter = new SheetsFirstStackSplitter(new SeparatorSheetSplitter(new SplittingOptions(), new ExtractionOptions()), PageModels.Splitter());
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: splitter);
        var stackId = world.Drop("stack.tif", File.ReadAllBytes(path));

        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.Split));
        var expected = documents[0].Pages.Count == 1 ? "1" : $"1-{documents[0].Pages.Count}";
        var parts = world.Ledger.InStates([DocumentState.Received]).OrderBy(p => p.Pages, StringComparer.Ordinal).ToList();
        Assert.That(parts.Select(p => p.Parent), Is.All.EqualTo(stackId));
        Assert.That(parts.Select(p => p.Pages).First(), Is.EqualTo(expected));
        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That(world.Ledger.History(stackId)[^1].Action, Is.EqualTo(AuditAction.Split));
        Assert.That(world.Ledger.History(stackId)[^1].Detail, Does.Contain("first pages found by the page model"));
        Assert.That(world.Processor.Process(parts[1].Id), Is.EqualTo(ProcessingOutcome.Delivered));
    }
}
