using System.Text.Json;
using DocClassifier.Processing;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

[Category("Ocr")]
[Parallelizable(ParallelScope.Self)]
public sealed class StackSplittingTests
{
    [Test]
    public void A_dropped_stack_with_separator_sheets_becomes_one_document_per_part_each_delivered_with_its_parent_and_pages()
    {
        using var stacks = new TempFolder();
        var stack = File.ReadAllBytes(Stacks.Pdf(stacks, "stack.pdf", Stacks.WithSeparators()));
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true);
        var stackId = world.Drop("stack.pdf", stack);

        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.Split));
        var parts = world.Ledger.InStates([DocumentState.Received]).OrderBy(p => int.Parse(p.Pages!.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(world.Ledger.Find(stackId)!.State, Is.EqualTo(DocumentState.Split));
        Assert.That(parts.Select(p => (p.Parent, p.Pages)), Is.EqualTo(new[] { (stackId, "1-2"), (stackId, "4"), (stackId, "6-7") }));
        Assert.That(parts[1].SheetLabel, Is.EqualTo("stamp-tax"));
        Assert.That(world.Ledger.History(stackId)[^1].Action, Is.EqualTo(AuditAction.Split));

        // Processing the stack again changes nothing; dropping it again is a duplicate of the stack.
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.AlreadyDone));
        Assert.That(world.Drop("stack again.pdf", stack), Is.EqualTo(stackId));
        Assert.That(world.Ledger.InStates([DocumentState.Received]), Has.Count.EqualTo(3));

        var outcomes = parts.Select(p => world.Processor.Process(p.Id)).ToList();
        Assert.That(outcomes[0], Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(outcomes[1], Is.EqualTo(ProcessingOutcome.PendingReview), "the sheet says stamp-tax, the model house-tax-relief");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", parts[2].Id + ".json")));
        Assert.That(json.RootElement.GetProperty("parent").GetProperty("id").GetString(), Is.EqualTo(stackId));
        Assert.That(json.RootElement.GetProperty("parent").GetProperty("pages").GetString(), Is.EqualTo("6-7"));
        Assert.That(json.RootElement.GetProperty("pages").GetArrayLength(), Is.EqualTo(2));
    }

    [TestCase("stack.tif")]
    [TestCase("stack.pdf")]
    public void The_same_stack_gives_the_same_part_ids(string name)
    {
        using var stacks = new TempFolder();
        var stack = File.ReadAllBytes(name.EndsWith(".pdf", StringComparison.Ordinal) ? Stacks.Pdf(stacks, name, Stacks.WithSeparators()) : Stacks.Tiff(stacks, name, Stacks.WithSeparators()));
        IReadOnlyList<string> PartIds()
        {
            using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true);
            _ = world.Processor.Process(world.Drop(name, stack));
            return [.. world.Ledger.InStates([DocumentState.Received]).Select(p => p.Id).Order()];
        }

        var first = PartIds();
        Assert.That(first, Has.Count.EqualTo(3));
        Assert.That(PartIds(), Is.EqualTo(first));
    }

    [Test]
    public void A_stack_without_separators_stays_one_document()
    {
        using var stacks = new TempFolder();
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true);
        var id = world.Drop("stack.pdf", File.ReadAllBytes(Stacks.Pdf(stacks, "stack.pdf", Stacks.WithoutSeparators())));

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.Ledger.Find(id)!.Parent, Is.Null);
        Assert.That(world.Ledger.InStates([DocumentState.Received]), Is.Empty);
    }
}
